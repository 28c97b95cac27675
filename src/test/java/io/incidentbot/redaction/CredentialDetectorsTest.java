package io.incidentbot.redaction;

import static io.incidentbot.redaction.DetectorCases.assertFinds;
import static io.incidentbot.redaction.DetectorCases.assertNothing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JWTs, PEM private keys and password hashes: detectors identified by format. */
class CredentialDetectorsTest {

  static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNTE2MjM5MDIyfQ"
      + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

  @ParameterizedTest
  @ValueSource(strings = {
      "Authorization: Bearer %s",
      "{\"token\":\"%s\"}",
      "cart token %s, expires soon",
      "Cookie: jwt=%s; path=/"})
  void jwt(String template) {
    assertFinds(new JwtDetector(), template.formatted(JWT), "jwt", JWT);
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 36, 50, 90})
  void jwtBrokenOverLines(int cut) {
    String wrapped = JWT.substring(0, cut) + "\n" + JWT.substring(cut);
    assertFinds(new JwtDetector(), "token: " + wrapped + "\nnext line", "jwt", wrapped);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eyJhbGciOi is only a header", "eyJ.eyJ.x", "base64 eyJmb28iOiJiYXIifQ== blob"})
  void notJwt(String text) {
    assertNothing(new JwtDetector(), text);
  }

  static final String PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
      + "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----";

  @ParameterizedTest
  @ValueSource(strings = {"key:\n%s\nafter", "\"private_key\": \"%s\"", "%s"})
  void pemPrivateKey(String template) {
    String pem = template.contains("\"") ? PEM.replace("\n", "\\n") : PEM;
    assertFinds(new PrivateKeyDetector(), template.formatted(pem), "private_key", pem);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----",
      "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----"})
  void publicMaterialStays(String text) {
    assertNothing(new PrivateKeyDetector(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "user_pass => $P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0.|$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0",
      "$wp$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234 in wp_users|$wp$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
      "hash=$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW|$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
      "deploy:$6$saltsalt$qFmFH.bQmmtXzyBY0s9v7Oicd2z4XSIecDzlB5KiA2/jctKu9YterLp8wwnSq.qc.eoxqOmSuNp2xS0ktL3nh/:19650:0|$6$saltsalt$qFmFH.bQmmtXzyBY0s9v7Oicd2z4XSIecDzlB5KiA2/jctKu9YterLp8wwnSq.qc.eoxqOmSuNp2xS0ktL3nh/",
      "$argon2id$v=19$m=65536,t=4,p=1$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG|$argon2id$v=19$m=65536,t=4,p=1$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"})
  void passwordHashes(String text, String hash) {
    assertFinds(new PasswordHashDetector(), text, "password_hash", hash);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$P$short", "price $2 and $10", "$table_prefix = 'wp_';", "$_SERVER['PHP_AUTH_PW']"})
  void notHashes(String text) {
    assertNothing(new PasswordHashDetector(), text);
  }
}
