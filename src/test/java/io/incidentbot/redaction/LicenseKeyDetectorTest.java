package io.incidentbot.redaction;

import static io.incidentbot.redaction.DetectorCases.assertFinds;
import static io.incidentbot.redaction.DetectorCases.assertNothing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Purchase codes, licence keys and WordPress application passwords. */
class LicenseKeyDetectorTest {

  private final Detector detector = new LicenseKeyDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '¦', value = {
      "the Envato purchase code is 6247bb1e-1f6b-4974-9e85-168c8077717e.¦purchase_code¦6247bb1e-1f6b-4974-9e85-168c8077717e",
      "Item purchase code: 0b1c9a6e-2f3d-4e5a-8b7c-9d0e1f2a3b4c¦purchase_code¦0b1c9a6e-2f3d-4e5a-8b7c-9d0e1f2a3b4c",
      "My license key is 7YQ2-ABCD-9K3M-4PZT and it stopped¦license_key¦7YQ2-ABCD-9K3M-4PZT",
      "old key 7F3K9-QX2M4-LD2ZP-8R6TY-W1NV5 from 2022¦license_key¦7F3K9-QX2M4-LD2ZP-8R6TY-W1NV5",
      "licence key: 3f2c9a1b7e5d4c6a8b0e1f2a3c4d5e6f¦license_key¦3f2c9a1b7e5d4c6a8b0e1f2a3c4d5e6f",
      "Your new password for ZapierSync is: AbCd 1234 EfGh 5678 IjKl 90Mn¦password¦AbCd 1234 EfGh 5678 IjKl 90Mn",
      "app password eFgh ijkl mnop qrst uvwx yz12 for Zapier¦password¦eFgh ijkl mnop qrst uvwx yz12"})
  void licencesAndCodes(String text, String kind, String value) {
    assertFinds(detector, text, kind, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "request id 6247bb1e-1f6b-4974-9e85-168c8077717e",
      "X-Request-ID: 9F1C2A34-7B6D-4E21-8C3F-0A1B2C3D4E5F",
      "coupon WINTER-2024-TEN",
      "SKU HERB-TEA-GRN-250G",
      "when will this work like that",
      "License: GPLv2 or later"})
  void notLicences(String text) {
    assertNothing(detector, text);
  }
}
