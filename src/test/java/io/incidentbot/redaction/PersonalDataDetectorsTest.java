package io.incidentbot.redaction;

import static io.incidentbot.redaction.DetectorCases.assertFinds;
import static io.incidentbot.redaction.DetectorCases.assertNothing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** E-mail addresses, phone numbers and customer IP addresses. */
class PersonalDataDetectorsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '¦', value = {
      "From: Jane <jane.doe@example.com>¦jane.doe@example.com",
      "billing_email=amelie.laurent%40orange.fr&x=1¦amelie.laurent%40orange.fr",
      "mailto:kate.beaumont+shop@btinternet.co.uk?subject=x¦kate.beaumont+shop@btinternet.co.uk",
      "\"email\":\"h.tanaka@example.jp\"¦h.tanaka@example.jp"})
  void emails(String text, String email) {
    assertFinds(new EmailDetector(), text, "email", email);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "logo@2x.png", "@wordpress/scripts", "@woocommerce/blocks@11.8.0", "@param WC_Order $order",
      "git@github.com:org/repo.git", "deploy@51.195.42.117", "https://user:pass@host.example.com/",
      "Message-ID: <CAJ7f2Kq8mP=Xy3nT@mail.gmail.com>", "100 @ signs @@@@ @", "@kim"})
  void notEmails(String text) {
    assertNothing(new EmailDetector(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', value = {
      "call +44 20 7946 0958 today¦+44 20 7946 0958",
      "tel:+15035550199¦+15035550199",
      "Phone: (650) 253-0000¦(650) 253-0000",
      "alt 650.253.0001.¦650.253.0001",
      "my cell is 512-555-0176 if easier¦512-555-0176",
      "Call me on 07700 900461 before delivery¦07700 900461",
      "Tél. 01 42 68 53 00¦01 42 68 53 00",
      "Mobil: 0151 23456789¦0151 23456789",
      "billing_phone=4155550132&x=1¦4155550132",
      "WhatsApp +33 6 12 34 56 78¦+33 6 12 34 56 78"})
  void phones(String text, String phone) {
    assertFinds(new PhoneDetector(), text, "phone", phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-01-15 10:22:31", "timestamp 1705314151", "Allowed memory size of 268435456 bytes",
      "order #10442, total 1,234.56", "PHP 8.2.12 and MySQL 8.0.35", "port 3306", "tz +05:30",
      "IP 203.0.113.42", "ISBN 978-3-16-148410-0", "order 2024-0119-7731", "+123 more"})
  void notPhones(String text) {
    assertNothing(new PhoneDetector(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', value = {
      "Customer IP address: 81.2.69.160¦81.2.69.160",
      "86.14.202.77 - - [17/Jan/2024:10:41:02 +0000] \"GET /\"¦86.14.202.77",
      "client: 92.40.187.3, server: shop¦92.40.187.3",
      "X-Forwarded-For: 198.51.100.23, 172.31.14.2¦198.51.100.23",
      "ssh deploy@51.195.42.117 -p 2222¦51.195.42.117",
      "\"ip\":\"2a02:c7c:4b2e:9f00:1d3a:8e21:44f0:9b17\"¦2a02:c7c:4b2e:9f00:1d3a:8e21:44f0:9b17",
      "client: 2001:db8:3c4d:15::1a2f, server¦2001:db8:3c4d:15::1a2f",
      "from ::ffff:203.0.113.5 (mapped)¦::ffff:203.0.113.5",
      "Customer IP: 2601:646:8d01:5a90::3b1 (verified)¦2601:646:8d01:5a90::3b1"})
  void ipAddresses(String text, String ip) {
    assertFinds(new IpAddressDetector(), text, "ip_address", ip);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "127.0.0.1", "10.0.3.17:6379", "192.168.1.20", "172.17.0.2", "100.64.0.10", "169.254.169.254",
      "255.255.255.0", "::1", "fe80::1ff:fe23:4567:890a", "version 4.2.1.3", "v1.2.3.4",
      "Chrome/120.0.6099.109", "WP Rocket – 3.15.10.1", "PHP 8.2.15.0", "OID 1.3.6.1.4.1.311",
      "10:22:31.123", "00:1A:2B:3C:4D:5E", "WC_Order::get_total()", "Feed::add_item()", "999.10.2.1",
      "1.2.840.113549.1.1.11"})
  void notCustomerIps(String text) {
    assertNothing(new IpAddressDetector(), text);
  }

  static Stream<Arguments> brokenPhones() {
    return Stream.of(Arguments.of("Billing address\nJane Doe\n14 Elm Street\n01632 960001\n", "01632 960001"));
  }

  @ParameterizedTest
  @MethodSource("brokenPhones")
  void phoneLinesInABillingBlock(String text, String phone) {
    assertThat(DetectorCases.claims(new CustomerDetailsDetector(), text)).contains("phone=" + phone);
  }
}
