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

/** Names and street addresses: blocks, fields, labels, greetings, sign-offs, tables, free text. */
class CustomerDetailsDetectorTest {

  private final Detector details = new CustomerDetailsDetector();
  private final Detector streets = new StreetAddressDetector();
  private final Detector tables = new TableDetector();

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("Hi Jane,\nthanks for your order", "Jane"),
        Arguments.of("Dear Mr Smith,\n", "Smith"),
        Arguments.of("Kind regards,\nMarco Rossi\n", "Marco Rossi"),
        Arguments.of("Cheers,\n> Petra Horáková | Horáková Design | +420 777 123 456\n", "Petra Horáková"),
        Arguments.of("... before delivery. Thanks, Oliver\n", "Oliver"),
        Arguments.of("Name on card: Daniel A. Okafor\n", "Daniel A. Okafor"),
        Arguments.of("Customer: Robert \"Bobby\" Lindqvist, tel. 650\n", "Robert \"Bobby\" Lindqvist"),
        Arguments.of("From: \"Rebecca Hollis\" <rebecca.hollis@icloud.com>\n", "Rebecca Hollis"),
        Arguments.of("\"first_name\": \"Oliver\",", "Oliver"),
        Arguments.of("    [billing_last_name] => O'Donnell\n", "O'Donnell"),
        Arguments.of("billing_first_name=Amélie&billing_last_name=Laurent&", "Amélie"),
        Arguments.of("{\"billing_details\":{\"email\":\"x@y.com\",\"name\":\"Melissa Wong\"}}", "Melissa Wong"),
        Arguments.of("You've received the following order from Aisha Bello:\n", "Aisha Bello"),
        Arguments.of("My name is Olga Petrova and I run a yarn shop", "Olga Petrova"),
        Arguments.of("my neighbour Mrs Patel took it in", "Patel"),
        Arguments.of("refund for customer Siobhan Kelly today", "Siobhan Kelly"),
        Arguments.of("4. Order #51802 — IBAN CH93 (Marc Favre)", "Marc Favre"),
        Arguments.of("Gift message: \"Happy birthday Nora! Love, Liam\"", "Nora"),
        Arguments.of("[14:02:40] Agent (Kim): Hi Jordan! Sorry about that.", "Jordan"));
  }

  @ParameterizedTest
  @MethodSource("names")
  void personNames(String text, String name) {
    assertFinds(details, text, "person_name", name);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Hi there,\n", "Dear Customer,\n", "Hello World\n", "Thanks,\nThe WooCommerce Team\n",
      "Hi team, the WooCommerce Stripe Gateway broke\n", "Name: Twenty Twenty-Four\nVersion: 1.0\nAuthor: the WordPress team\n",
      "Best regards,\nSent from my iPhone\n", "\"name\": \"WooCommerce Stripe Gateway\", \"version\": \"8.0.1\"",
      "Shipping: Free shipping\n", "display_name: acmeadmin"})
  void notNames(String text) {
    assertThat(DetectorCases.claims(details, text)).noneMatch(c -> c.startsWith("person_name"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', value = {
      "Billing address: Oliver Brennan, 9 Kirkstall Lane, Leeds, LS5 3BE, United Kingdom (UK)¦9 Kirkstall Lane, Leeds, LS5 3BE",
      "\"address_1\": \"71 Cherry Tree Road\",¦71 Cherry Tree Road",
      "    [billing_address_2] => Apartment 9¦Apartment 9"})
  void addressesInFields(String text, String address) {
    assertFinds(details, text, "street_address", address);
  }

  @ParameterizedTest
  @MethodSource("blocks")
  void billingBlock(String block, String name, String street, String city) {
    assertThat(DetectorCases.claims(details, block))
        .contains("person_name=" + name, "street_address=" + street, "street_address=" + city);
  }

  static Stream<Arguments> blocks() {
    return Stream.of(
        Arguments.of("Billing address\nAisha Bello\nUnit 2, Riverside Works\n31 Mill Lane\nManchester\nM4 6WX\n0161 496 0812\naisha@x.com\n\nOther text",
            "Aisha Bello", "31 Mill Lane", "Manchester"),
        Arguments.of("**Shipping address**\nIbrahim Bello\n31 Mill Lane\nM4 6WX\nUnited Kingdom (UK)\n",
            "Ibrahim Bello", "31 Mill Lane", "M4 6WX"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', value = {
      "leave it at 22 Acacia Avenue if I'm out¦22 Acacia Avenue",
      "change it to 71 Cherry Tree Road, Leeds LS6 2AB. Thanks¦71 Cherry Tree Road, Leeds LS6 2AB",
      "ship to 1401 W 6th St, Austin, TX 78703¦1401 W 6th St, Austin, TX 78703",
      "office: Suite 400, 55 Water Street, New York, NY 10041.¦Suite 400, 55 Water Street, New York, NY 10041",
      "the billing one is PO Box 1187, Round Rock, TX 78680¦PO Box 1187, Round Rock, TX 78680",
      "Unsere Adresse: Hauptstraße 12, 10115 Berlin¦Hauptstraße 12",
      "Cliente Giulia Romano, Via Roma 12, 00184 Roma¦Via Roma 12",
      "Cliente : Camille Moreau, 8 avenue Jean Jaurès, 75019 Paris¦8 avenue Jean Jaurès",
      "Henrik lives at Nørrebrogade 52, Copenhagen¦Nørrebrogade 52"})
  void streetAddresses(String text, String address) {
    DetectorCases.assertCovers(streets, text, "street_address", address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Step 3 Click Place Order", "500 Internal Server Error", "Line 42 Drive letter C:", "2 Factor Authentication",
      "4 Star Rating", "updated 3 plugins", "PHP 8 Way faster", "at line 1337 in functions.php"})
  void notStreetAddresses(String text) {
    assertNothing(streets, text);
  }

  @ParameterizedTest
  @MethodSource("tablesWithPeople")
  void tableColumns(String table, String kind, String value) {
    assertFinds(tables, table, kind, value);
  }

  static Stream<Arguments> tablesWithPeople() {
    String csv = "order_id,billing_first_name,billing_last_name,billing_phone,billing_address_1,total\n"
        + "60120,Fatima,Zahra,+44 7700 900555,\"Apt 5, 22 Dame Street\",32.50\n";
    String sql = "| ID | user_login | display_name |\n+----+------------+--------------+\n"
        + "|  2 | shopmanager | Sam Taylor |\n";
    String kv = "| meta_key | meta_value |\n| first_name | Kate |\n| billing_address_1 | 3 Orchard Close |\n";
    String iam = "User name,Password,Access key ID,Secret access key\nbackup-bot,Bk!pBot-2024-xyz,AKIA3J4P655VA2L3QQTR,MmKSJ7c0w/MPDZoTZvW6nKYzwedxcz9im0Q/J2ju\n";
    return Stream.of(
        Arguments.of(csv, "person_name", "Fatima"),
        Arguments.of(csv, "phone", "+44 7700 900555"),
        Arguments.of(csv, "street_address", "Apt 5, 22 Dame Street"),
        Arguments.of(sql, "person_name", "Sam Taylor"),
        Arguments.of(kv, "person_name", "Kate"),
        Arguments.of(kv, "street_address", "3 Orchard Close"),
        Arguments.of(iam, "password", "Bk!pBot-2024-xyz"),
        Arguments.of(iam, "aws_secret_key", "MmKSJ7c0w/MPDZoTZvW6nKYzwedxcz9im0Q/J2ju"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "name,status,update,version\nwoocommerce,active,available,8.5.1\n",
      "| name | old_version | new_version |\n| woocommerce | 8.4.0 | 8.5.1 |\n",
      "date,total,count\n2024-01-19,32.50,4\n"})
  void tablesWithoutPeople(String table) {
    assertNothing(tables, table);
  }
}
