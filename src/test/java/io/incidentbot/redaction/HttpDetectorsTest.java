package io.incidentbot.redaction;

import static io.incidentbot.redaction.DetectorCases.assertFinds;
import static io.incidentbot.redaction.DetectorCases.assertNothing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Authorization headers, credentials in URLs and session cookies. */
class HttpDetectorsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Authorization: Bearer A21AAq9MtEaJlXbSqol5R49T1bkH3otquzwzk4qx|bearer_token|A21AAq9MtEaJlXbSqol5R49T1bkH3otquzwzk4qx",
      "-H 'authorization: Basic YWRtaW46Rm9FUGVGNHRwWEdjaURaWQ=='|basic_auth|YWRtaW46Rm9FUGVGNHRwWEdjaURaWQ==",
      "{\"Authorization\":\"Token 3f786850e387550fdab836ed7e6dc881de23001b\"}|bearer_token|3f786850e387550fdab836ed7e6dc881de23001b",
      "$_SERVER['HTTP_AUTHORIZATION']\tBasic c2hvcG1hbmFnZXI6N0kxdXB5TERhcVRKaTM=|basic_auth|c2hvcG1hbmFnZXI6N0kxdXB5TERhcVRKaTM=",
      "x-api-key: 0123456789abcdefABCDEF0123|bearer_token|0123456789abcdefABCDEF0123",
      "\"api-key\": \"q9MtEaJlXbSqol5R49T1bkH3otquzwzk\"|bearer_token|q9MtEaJlXbSqol5R49T1bkH3otquzwzk",
      "reproduced with Bearer c14e3820abf893cf0ea73c389096802a today|bearer_token|c14e3820abf893cf0ea73c389096802a",
      "curl -u admin:S3cret-Pass https://x.test/|password|S3cret-Pass"})
  void authHeaders(String text, String kind, String value) {
    assertFinds(new AuthHeaderDetector(), text, kind, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Authorization failed for user admin",
      "Authorization: Bearer <token>",
      "Authorization: Digest username=\"x\", realm=\"y\"",
      "header was sent instead of x-api-key: \"Authorization: Bearer\"",
      "sudo -u www-data wp cron event run --due-now"})
  void authNonSecrets(String text) {
    assertNothing(new AuthHeaderDetector(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://kenji:St4ging-Only!@staging.example.jp/|St4ging-Only!",
      "DATABASE_URL=postgresql://bb_app:pX7!vR2qLm9z@db.internal:5432/app|pX7!vR2qLm9z",
      "redis://:Zk4eN8sQ1wT6yU3i@10.12.0.8:6379/0|Zk4eN8sQ1wT6yU3i",
      "sftp://deploy:N3wH0st_Sftp#7@198.51.100.77:22/var/www|N3wH0st_Sftp#7",
      "git remote add origin https://x-access-token:ghs_Zq8TnW3vYp1LkRsD6mXcB2hJf4GkL9MnP0Qr@github.com/o/r|ghs_Zq8TnW3vYp1LkRsD6mXcB2hJf4GkL9MnP0Qr",
      "https://Zq8TnW3vYp1LkRsD6mXcB2hJf4GkL9Mn@api.example.com/v1|Zq8TnW3vYp1LkRsD6mXcB2hJf4GkL9Mn"})
  void urlPasswords(String text, String password) {
    assertFinds(new UrlCredentialDetector(), text, "url_password", password);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://www.example.com/checkout/order-received/51877/?key=x",
      "git@github.com:woocommerce/woocommerce.git",
      "ssh://git@github.com/org/repo.git",
      "https://example.com/?redirect=mailto:a@b.example",
      "ftp://user:********@host/"})
  void urlsWithoutCredentials(String text) {
    assertNothing(new UrlCredentialDetector(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', value = {
      "cookie: wordpress_logged_in_1a2b=admin%7C1705660800%7CkP9qW2eR%7Cdeadbeef; wp-settings-1=x¦admin%7C1705660800%7CkP9qW2eR%7Cdeadbeef",
      "Cookie: _ga=GA1.1.1; PHPSESSID=8f2c5e1d9a7b3c4e6f0a1b2c3d¦8f2c5e1d9a7b3c4e6f0a1b2c3d",
      "set-cookie: laravel_session=eyJpdiI6IjRr; expires=Fri, 19 Jan 2024 19:02:11 GMT; path=/¦eyJpdiI6IjRr",
      "    [wp_woocommerce_session_abc] => 1||1705750012||1705746412||f0e1d2c3b4a5¦1||1705750012||1705746412||f0e1d2c3b4a5",
      "curl -b 'sessionid=q9MtEaJlXbSqol5R' https://x.test¦q9MtEaJlXbSqol5R"})
  void sessionCookies(String text, String value) {
    assertFinds(new CookieDetector(), text, "session_cookie", value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "cookie: woocommerce_items_in_cart=1; woocommerce_cart_hash=8f2c5e1d9a7b; wp-settings-time-1=1705484412",
      "Cookie: _ga=GA1.1.1482923311.1705310000; _gid=GA1.2.1",
      "set-cookie: wordpress_test_cookie=WP%20Cookie%20check; path=/"})
  void preferenceCookiesStay(String text) {
    assertNothing(new CookieDetector(), text);
  }
}
