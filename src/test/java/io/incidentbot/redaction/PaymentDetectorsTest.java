package io.incidentbot.redaction;

import static io.incidentbot.redaction.DetectorCases.assertFinds;
import static io.incidentbot.redaction.DetectorCases.assertNothing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Card numbers (Luhn and issuer), CVV and expiry next to them, IBANs (mod 97). */
class PaymentDetectorsTest {

  private final Detector cards = new CardDetector();
  private final Detector ibans = new IbanDetector();

  @ParameterizedTest
  @ValueSource(strings = {"4242424242424242", "4242 4242 4242 4242", "4242-4242-4242-4242", "5555 5555 5555 4444",
      "378282246310005", "3782 822463 10005", "6011 1111 1111 1117", "3566002020360505", "36227206271667",
      "2223 0031 2200 3222", "4007000000027"})
  void cardNumbers(String number) {
    assertFinds(cards, "card: " + number + ", thanks", "card_number", number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4242 4242\n4242 4242", "4242 4242 4242 42\n42", "378282246\n310005", "5555 5555 5555\n> 4444"})
  void cardNumbersBrokenOverTwoLines(String number) {
    assertFinds(cards, "the card is " + number + " ok", "card_number", number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "4242 4242 4242 4241", "4111111111111112", "**** **** **** 4242", "424242******4242",
      "order 1705314151123", "tracking 1Z999AA10123456784", "ISBN 978-3-16-148410-0",
      "2024-01-15 10:22:31", "memory 134217728 bytes", "+44 20 7946 0958", "1234 5678 9012 3456"})
  void notCardNumbers(String text) {
    assertThat(DetectorCases.claims(cards, text)).noneMatch(c -> c.startsWith("card_number"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', value = {
      "4242 4242 4242 4242 exp 12/27 cvv 123¦card_expiry¦12/27",
      "4242 4242 4242 4242 exp 12/27 cvv 123¦card_cvv¦123",
      "5105105105105100|03|2027|212¦card_expiry¦03|2027",
      "5105105105105100|03|2027|212¦card_cvv¦212",
      "CVV: 531¦card_cvv¦531",
      "Card ending 4242, security code 902 on the back¦card_cvv¦902",
      "card[number]=4000056655665556&card[exp_month]=04&card[exp_year]=2028&card[cvc]=737¦card_expiry¦04",
      "card[number]=4000056655665556&card[exp_month]=04&card[exp_year]=2028&card[cvc]=737¦card_cvv¦737",
      "'...-account-number' => '4007000000027', '...-expiry' => '12 / 27'¦card_expiry¦12 / 27"})
  void expiryAndCvv(String text, String kind, String value) {
    assertFinds(cards, text, kind, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"exp_month\":8,\"exp_year\":2027,\"last4\":\"4242\"",
      "Your licence expires 12/26, renew now",
      "Expires: Wed, 01 Oct 2025 07:28:00 GMT",
      "security code sent to your phone: 482913"})
  void expiryAndCodesWithoutACard(String text) {
    assertNothing(cards, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "DE89 3704 0044 0532 0130 00",
      "FR1420041010050500013M02606", "NL91 ABNA 0417 1643 00", "CH93 0076 2011 6238 5295 7", "IE29AIBK93115212345678",
      "PL61 1090 1014 0000 0712 1981 2874"})
  void ibans(String iban) {
    assertFinds(ibans, "IBAN: " + iban + " (bank)", "iban", iban);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB82 WEST 1234 5698 7654 33", "DE89 3704 0044 0532 0130 01", "XX12 3456 7890 1234",
      "GB82 WEST", "BIC AIBKIE2D", "HTTP2 stream"})
  void notIbans(String text) {
    assertNothing(ibans, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89 3704 0044\n0532 0130 00", "FR14 2004 1010 0505 0001\n3M02 606"})
  void ibanBrokenOverTwoLines(String iban) {
    assertFinds(ibans, "IBAN " + iban + " ok", "iban", iban);
  }
}
