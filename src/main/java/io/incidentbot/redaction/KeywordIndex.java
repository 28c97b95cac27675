package io.incidentbot.redaction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Aho–Corasick pass that finds every occurrence of every keyword the detectors anchor on
 * ("authorization", "cvv", "first_name", "@", "://"…), case-insensitively for ASCII and Latin-1
 * letters. Replaces ~150 separate {@code indexOf} passes with one pass of one table lookup per
 * char, so adding a keyword costs nothing at run time.
 *
 * <p>Keywords are lower case; detectors that need case (such as {@code eyJ}) check the original
 * text at the hit.
 */
final class KeywordIndex {
  private KeywordIndex() {}

  static final String[] KEYWORDS = {
      // provider keys and JWTs, PEM, hashes, URLs, e-mail
      "-us", "hooks.slack.com/", "eyj", "::", "|", "\t", "-----begin ", "-----end ", "$", "://", "@", "%40",
      // keyword secrets
      "password", "token ", "secret ", "key ", "--", " pass ", " pw ", " pwd ", " passwd ", " / ",
      " -p'", " -p\"", " -p", "define",
      // HTTP auth
      "authorization", "bearer", "basic ", "x-api-key", "api-key", "x-auth-token", "x-access-token",
      "x-goog-api-key", "private-token", "x-shopify-access-token", "x-wc-webhook-secret", "x-api-token",
      "x-secret-key", " -u ", " -u'", " -u\"", "--user ", "--user=",
      // cookies
      "cookie:", "cookie\":", "cookie':", "cookie\" :", "--cookie ", " -b ", "wordpress_logged_in_",
      "wordpress_sec_", "wp_woocommerce_session_", "wp-postpass_", "phpsessid", "laravel_session",
      "jsessionid",
      // cards
      "cvv", "cvc", "csc", "cvn", "security code", "card code", "verification code", "card verification",
      "exp", "valid thru", "valid through", "good thru",
      // customer details
      "first_name", "last_name", "firstname", "lastname", "full_name", "fullname", "customer_name",
      "display_name", "name_on_card", "cardholder_name", "card_holder_name", "cardholder",
      "recipient_name", "contact_name", "billing_name", "shipping_name", "first-name", "last-name",
      "user_firstname", "user_lastname", "given_name", "family_name", "surname", "card[name]",
      "cardholdername", "holder_name", "account_holder", "consumername", "consumer_name", "payer_name",
      "payername", "buyer_name", "buyername", "recipientname",
      "address_1", "address_2", "address1", "address2", "street_address", "address_line_1",
      "address_line_2", "address_line1", "address_line2", "addressline1", "addressline2", "street",
      "line1", "line2", "\"name\"",
      "happy birthday ", "love, ", "love ", "thanks ", "thank you ", "hi ", "hello ", "dear ",
      "congratulations ", "xoxo ", "from ",
      "my name is ", "my name's ", "this is ", "i am ", "i'm ", "order from ", "customer ", "call me ",
      "signed by ", "cardholder ", " by ",
      "po box ", "p.o. box ", "p. o. box ", "pobox ",
      // licences
      "purchase code", "purchase-code", "purchase_code", "purchasecode", "envato", "item purchase",
      "purchase key", "license key", "licence key", "license code", "licence code", "serial key",
      "serial number", "activation key", "activation code", "product key", "license:", "licence:",
      "license is", "licence is", "license_key", "licence_key",
      // name triggers of keyword secrets (KeywordSecretDetector.TRIGGERS)
      "pass", "pwd", "secret", "token", "key", "salt", "licen", "serial", "purchase", "credential",
      "pw", "auth",
      // sign-offs closing a line, block headers inside a line
      ". thanks, ", "! thanks, ", ". cheers, ", "! cheers, ", ". regards, ", ". thank you, ", ". best, ",
      ". thx, ", "billing address: ", "shipping address: ", "billing details: ", "shipping details: ",
      "delivery address: ", "bill to: ", "ship to: ", "invoice address: ", "postal address: ",
      "billing information: ", "shipping information: ", "delivery details: ", "customer address: ",
      // phone labels, continental street words
      "phone", "tel", "mobile", "cell", "whatsapp", "call me", "call us", "call on", "ring me", "text me", "sms", "fax", "mob:", "mob.", "ph:", "ph.", "handy", "contact no", "landline", "ring ", "cell:", "reach me", "number is", "tel.", "numéro", "telefono", "teléfono", "mobil", "tél", "telefoon", "puhelin", "cellulare", "straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "ring", "damm", "laan", "straat", "gracht", "plein", "vej", "gatan", "gata", "veien", "kade", "steeg", "ufer", "chaussee", "gade", "vägen", "katu", "utca", "packstation", "postfiliale", "via", "viale", "piazza", "corso", "calle", "avenida", "carrer", "rua", "rue", "avenue", "boulevard", "plaza", "paseo", "largo", "strada", "ulica", "ul.", "praça", "travessa", "chemin", "impasse", "allée", "quai", "place", "cours", "piazzale", "vicolo"};

  private static final Map<String, Integer> IDS = new HashMap<>();
  private static final int[] CLASS = new int[256];
  private static final int CLASSES;
  private static final int[] DELTA;
  private static final int[][] OUT;
  private static final int[] LEN;

  static {
    for (int i = 0; i < KEYWORDS.length; i++) {
      if (IDS.putIfAbsent(KEYWORDS[i], i) != null) {
        throw new IllegalStateException("duplicate keyword " + KEYWORDS[i]);
      }
    }
    int classes = 1; // 0: any char that starts no keyword path
    for (String k : KEYWORDS) {
      for (int i = 0; i < k.length(); i++) {
        char c = k.charAt(i);
        if (c > 255 || c >= 'A' && c <= 'Z') {
          throw new IllegalStateException("keywords are lower-case Latin-1: " + k);
        }
        if (CLASS[c] == 0) {
          CLASS[c] = classes++;
        }
      }
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      CLASS[c] = CLASS[c | 0x20];
    }
    for (int c = 0xC0; c <= 0xDE; c++) {
      if (c != 0xD7) {
        CLASS[c] = CLASS[c + 0x20];
      }
    }
    CLASSES = classes;
    // trie
    List<int[]> next = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    next.add(new int[classes]);
    out.add(new ArrayList<>());
    LEN = new int[KEYWORDS.length];
    for (int id = 0; id < KEYWORDS.length; id++) {
      String k = KEYWORDS[id];
      LEN[id] = k.length();
      int s = 0;
      for (int i = 0; i < k.length(); i++) {
        int cls = CLASS[k.charAt(i)];
        if (next.get(s)[cls] == 0) {
          next.get(s)[cls] = next.size();
          next.add(new int[classes]);
          out.add(new ArrayList<>());
        }
        s = next.get(s)[cls];
      }
      out.get(s).add(id);
    }
    // failure links, turned into a full DFA
    int states = next.size();
    int[] fail = new int[states];
    int[] delta = new int[states * classes];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int c = 1; c < classes; c++) {
      int t = next.get(0)[c];
      delta[c] = t;
      if (t != 0) {
        queue.add(t);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out.get(s).addAll(out.get(fail[s]));
      for (int c = 1; c < classes; c++) {
        int t = next.get(s)[c];
        if (t != 0) {
          fail[t] = delta[fail[s] * classes + c];
          delta[s * classes + c] = t;
          queue.add(t);
        } else {
          delta[s * classes + c] = delta[fail[s] * classes + c];
        }
      }
    }
    OUT = new int[states][];
    for (int s = 0; s < states; s++) {
      List<Integer> o = out.get(s);
      OUT[s] = o.isEmpty() ? null : o.stream().mapToInt(Integer::intValue).toArray();
    }
    // premultiplied: an entry is the next state's row offset, negative when that state has output
    for (int i = 0; i < delta.length; i++) {
      int t = delta[i];
      delta[i] = OUT[t] != null ? ~(t * classes) : t * classes;
    }
    DELTA = delta;
  }

  /** The DFA: entry {@code [rowOffset + class]} is the next row offset, negated ({@code ~}) on output. */
  static int[] delta() {
    return DELTA;
  }

  /** The input class of a lower-cased Latin-1 byte. */
  static int classOf(int lowerByte) {
    return CLASS[lowerByte & 0xFF];
  }

  static int id(String keyword) {
    Integer id = IDS.get(keyword);
    if (id == null) {
      throw new IllegalArgumentException("keyword not registered in KeywordIndex: '" + keyword + "'");
    }
    return id;
  }

  private static final int[] NONE = new int[0];

  /** Collects hits while {@link Scan} makes its single pass over the text. */
  static final class Matcher {
    private final int[][] hits = new int[KEYWORDS.length][];
    private final int[] counts = new int[KEYWORDS.length];
    private int state;

    /** Feeds the char at {@code i}, already lower-cased to one byte. */
    void feed(int lowerByte, int i) {
      int v = DELTA[state + CLASS[lowerByte]];
      if (v >= 0) {
        state = v;
      } else {
        emit(~v, i);
      }
    }

    /** The state's row offset, for callers that run the transition loop themselves. */
    int state() {
      return state;
    }

    /** Records the outputs of the state at row offset {@code rowOffset}, reached at {@code i}. */
    void emit(int rowOffset, int i) {
      state = rowOffset;
      for (int id : OUT[rowOffset / CLASSES]) {
        int[] h = hits[id];
        if (h == null) {
          h = hits[id] = new int[8];
        } else if (counts[id] == h.length) {
          h = hits[id] = Arrays.copyOf(h, h.length * 2);
        }
        h[counts[id]++] = i - LEN[id] + 1;
      }
    }

    int[][] result() {
      int[][] out = new int[hits.length][];
      for (int id = 0; id < hits.length; id++) {
        out[id] = hits[id] == null ? NONE : Arrays.copyOf(hits[id], counts[id]);
      }
      return out;
    }
  }
}
