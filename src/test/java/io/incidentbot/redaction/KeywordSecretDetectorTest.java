package io.incidentbot.redaction;

import static io.incidentbot.redaction.DetectorCases.assertFinds;
import static io.incidentbot.redaction.DetectorCases.assertNothing;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets named by their key: .env, JSON, YAML, PHP arrays, print_r, query strings, flags, prose, wp-config. */
class KeywordSecretDetectorTest {

  private final Detector keyword = new KeywordSecretDetector();
  private final Detector wpConfig = new WpConfigDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DB_PASSWORD=Tr4ns!t-Sh0p#2023|password|Tr4ns!t-Sh0p#2023",
      "\"password\": \"hunter2-Summer\"|password|hunter2-Summer",
      "'password' => 'Wick&Wax-2024!',|password|Wick&Wax-2024!",
      "    [account_password] => GraceCork#88|password|GraceCork#88",
      "log=admin&pwd=S3cret-Pass&wp-submit=Log+In|password|S3cret-Pass",
      "wp user create bot bot@x.io --user_pass=Ci!b0t-Temp-5522|password|Ci!b0t-Temp-5522",
      "mysqldump --password=Dump-Me-N0t!42 acme|password|Dump-Me-N0t!42",
      "my admin password is Tr0ub4dor&3 if you need it|password|Tr0ub4dor&3",
      "user acmecand_wp pass Cp-Db!2019x|password|Cp-Db!2019x",
      "mysql -h db -u acme -p'NewDb-Pa55!' acme_prod|password|NewDb-Pa55!",
      "NEXTAUTH_SECRET=Zq8TnW3vYp1LkRsD6mXcB2hJf4GkL9Mn|generic_secret|Zq8TnW3vYp1LkRsD6mXcB2hJf4GkL9Mn",
      "\"api_key\": \"8f14e45fceea167a5a36dedd4bea2543\"|generic_secret|8f14e45fceea167a5a36dedd4bea2543",
      "client_secret=EKx9Pq2mLk7N4rT1vW5yZ8aB3cD6fG0h|generic_secret|EKx9Pq2mLk7N4rT1vW5yZ8aB3cD6fG0h",
      "aws_secret_access_key = MmKSJ7c0w/MPDZoTZvW6nKYzwedxcz9im0Q/J2ju|aws_secret_key|MmKSJ7c0w/MPDZoTZvW6nKYzwedxcz9im0Q/J2ju",
      "TWILIO_AUTH_TOKEN=32d8ec29fac18ae1cc1fc63bdd90a2de|twilio_key|32d8ec29fac18ae1cc1fc63bdd90a2de",
      "SLACK_SIGNING_SECRET=8f14e45fceea167a5a36dedd4bea2543|webhook_secret|8f14e45fceea167a5a36dedd4bea2543",
      "license_key: 7YQ2-ABCD-9K3M-4PZT|license_key|7YQ2-ABCD-9K3M-4PZT",
      "envato_purchase_code => 6247bb1e-1f6b-4974-9e85-168c8077717e|purchase_code|6247bb1e-1f6b-4974-9e85-168c8077717e",
      "Auth Token   32d8ec29fac18ae1cc1fc63bdd90a2de|generic_secret|32d8ec29fac18ae1cc1fc63bdd90a2de",
      "session.save_path tcp://10.0.3.17:6379?auth=r3d1s-Cache-Pr0d-77|password|r3d1s-Cache-Pr0d-77"})
  void namedSecrets(String text, String kind, String value) {
    assertFinds(keyword, text, kind, value);
  }

  static Stream<Arguments> nextLine() {
    return Stream.of(
        Arguments.of("$ wp config get DB_PASSWORD\nKn!ts-Db-Prod-01\n", "password", "Kn!ts-Db-Prod-01"),
        Arguments.of("Consumer secret\n8f14e45fceea167a5a36dedd4bea2543aa\n", "generic_secret",
            "8f14e45fceea167a5a36dedd4bea2543aa"));
  }

  @ParameterizedTest
  @MethodSource("nextLine")
  void valueOnTheNextLine(String text, String kind, String value) {
    assertFinds(keyword, text, kind, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Password reset email sent to the customer.",
      "The password field is empty.",
      "password: incorrect",
      "DB_PASSWORD=********",
      "MAIL_PASSWORD=null",
      "'password' => getenv( 'DB_PASSWORD' )",
      "$password = $_POST['pwd'];",
      "OPENAI_API_KEY=your-api-key-here",
      "max_tokens: 4096",
      "{\"key\": \"_wcpay_intent_id\", \"value\": \"pi_3OYa1bHaBcDeFgHi0kLmNoPq\"}",
      "cache_key=gp_settings_v3_a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
      "\"cart_item_key\": \"c4ca4238a0b923820dcc509a6f75849b\"",
      "publishable_key=pk_live_51HaBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdef",
      "api_key_set: true",
      "License: GPLv2 or later",
      "PWD=/var/www/html",
      "token expired"})
  void leavesNonSecretsAlone(String text) {
    assertNothing(keyword, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', value = {
      "define( 'DB_PASSWORD', 'Tr4ns!t-Sh0p#2023' );¦password¦Tr4ns!t-Sh0p#2023",
      "define('AUTH_KEY', 'p<x]T!6}.v@2LPz=>W|E_[2OQa2:G-EMqk7^&Xq|mG;3~6X$m+8M&.j$3#u5=A3c');¦wp_salt¦p<x]T!6}.v@2LPz=>W|E_[2OQa2:G-EMqk7^&Xq|mG;3~6X$m+8M&.j$3#u5=A3c",
      "define( \"NONCE_SALT\", \"8=E{/@KoqH>Ek>M#&]G8Dmk!*>[1l%NR$eH:yWY7`A:GR3JFwrm7<6<(Aul_TMQ8\" );¦wp_salt¦8=E{/@KoqH>Ek>M#&]G8Dmk!*>[1l%NR$eH:yWY7`A:GR3JFwrm7<6<(Aul_TMQ8",
      "define( 'WPMDB_LICENCE', '7YQ2-ABCD-9K3M-4PZT' );¦license_key¦7YQ2-ABCD-9K3M-4PZT",
      "define( 'JWT_AUTH_SECRET_KEY', 'Zq8TnW3vYp1LkRsD6mXcB2hJf4GkL9Mn' );¦generic_secret¦Zq8TnW3vYp1LkRsD6mXcB2hJf4GkL9Mn"})
  void wpConfigDefines(String text, String kind, String value) {
    assertFinds(wpConfig, text, kind, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "define( 'AUTH_KEY', 'put your unique phrase here' );",
      "define( 'WP_DEBUG', true );",
      "define( 'WP_CACHE_KEY_SALT', 'example.com:' );",
      "define( 'DB_NAME', 'acme_wp_prod' );",
      "define( 'WP_CONTENT_DIR', ABSPATH . 'content' );"})
  void wpConfigNonSecrets(String text) {
    assertNothing(wpConfig, text);
  }
}
