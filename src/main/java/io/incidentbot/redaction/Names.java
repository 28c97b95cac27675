package io.incidentbot.redaction;

import java.util.Locale;
import java.util.Set;

/** Recognising personal names in the few places they reliably appear. */
final class Names {
  private Names() {}

  /** Capitalised words that are not names (greetings, roles, products, places of work). */
  static final Set<String> STOP = Chars.setOf(
      "team", "support", "there", "all", "everyone", "everybody", "folks", "guys", "again", "world",
      "sir", "madam", "customer", "customers", "admin", "administrator", "friend", "friends", "both",
      "you", "the", "woocommerce", "wordpress", "stripe", "paypal", "thanks", "thank", "regards",
      "best", "cheers", "hi", "hello", "dear", "sent", "from", "my", "iphone", "android", "mobile",
      "ltd", "inc", "llc", "gmbh", "store", "shop", "company", "dev", "developer", "devs", "staff",
      "sales", "billing", "shipping", "order", "orders", "account", "accounts", "guest", "user",
      "manager", "owner", "happy", "good", "morning", "afternoon", "evening", "please", "sorry",
      "urgent", "help", "hope", "quick", "question", "update", "just", "also", "note", "regarding",
      "automattic", "jetpack", "plugin", "plugins", "theme", "site", "website", "web", "shopkeeper",
      "merchant", "client", "member", "members", "partner", "agency", "hosting", "host", "server",
      "payments", "payment", "gateway", "checkout", "cart", "product", "products", "service",
      "services", "system", "bot", "robot", "assistant", "ai", "openai", "anthropic", "claude",
      "chatgpt", "gpt", "google", "amazon", "aws", "microsoft", "apple", "mailchimp", "sendgrid",
      "twilio", "slack", "github", "the", "this", "that", "is", "it", "we", "our", "your", "they",
      "no", "yes", "ok", "okay", "re", "fw", "fwd", "subject", "date", "to", "cc", "and", "or",
      "warm", "kind", "many", "yours", "sincerely", "truly", "best", "wishes", "with", "love",
      "again", "in", "advance", "much", "appreciated", "asap", "tia", "name", "unknown", "n", "a",
      "na", "none", "null", "test", "testing", "demo", "example", "sample", "customer service",
      "operations", "ops", "engineering", "finance", "marketing", "hr", "it", "helpdesk", "desk",
      "department", "office", "headquarters", "hq", "group", "corp", "co", "pty", "limited", "sa",
      "srl", "bv", "ag", "plc", "studio", "studios", "design", "digital", "media", "solutions");

  /** Lower-case particles allowed inside a name ("Ana de la Cruz", "Ludwig van Beethoven"). */
  static final Set<String> PARTICLES = Chars.setOf(
      "de", "la", "del", "van", "von", "der", "den", "da", "di", "le", "du", "bin", "al", "dos", "das");

  static final Set<String> TITLES = Chars.setOf("mr", "mrs", "ms", "miss", "mx", "dr", "prof");

  /**
   * End of a personal name of 1 to {@code maxWords} capitalised words starting at {@code s} on
   * the same line, or -1. Words are letters (any script), apostrophes and hyphens; initials
   * ("J.") count; a stop word anywhere rejects the name.
   */
  static int nameEnd(String t, int s, int maxWords, boolean allowLowercase) {
    int n = t.length();
    int i = s;
    int words = 0;
    int end = -1;
    while (i < n && words < maxWords) {
      int ws = i;
      char c = t.charAt(i);
      if (!Character.isLetter(c)) {
        break;
      }
      int we = i;
      while (we < n && we - ws < 30 && (Character.isLetter(t.charAt(we)) || t.charAt(we) == '\''
          || t.charAt(we) == '\u2019' || t.charAt(we) == '-' && we + 1 < n && Character.isLetter(t.charAt(we + 1)))) {
        we++;
      }
      String word = t.substring(ws, we);
      String lw = word.toLowerCase(Locale.ROOT);
      boolean upper = Character.isUpperCase(c);
      if (!upper && PARTICLES.contains(lw) && words > 0) {
        // particle: must be followed by another name word
      } else if (!upper && !allowLowercase) {
        break;
      } else if (STOP.contains(lw) || word.length() < 2 && !(we < n && t.charAt(we) == '.')) {
        return words == 0 ? -1 : (STOP.contains(lw) ? -1 : end);
      } else if (allCaps(word) && word.length() > 3) {
        return -1; // ACRONYMS, CONSTANTS
      } else {
        words++;
        end = we;
      }
      i = we;
      if (i < n && t.charAt(i) == '.' && we - ws == 1) { // initial "J."
        i++;
        end = i;
      }
      if (i + 1 < n && t.charAt(i) == ' ' && Character.isLetter(t.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return words == 0 ? -1 : end;
  }

  private static boolean allCaps(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static final Set<String> COUNTRIES = Chars.setOf(
      "united states", "united states (us)", "united states of america", "usa", "us", "u.s.",
      "united kingdom", "united kingdom (uk)", "uk", "great britain", "england", "scotland", "wales",
      "northern ireland", "ireland", "germany", "deutschland", "france", "spain", "españa", "italy",
      "italia", "netherlands", "the netherlands", "nederland", "belgium", "austria", "österreich",
      "switzerland", "schweiz", "sweden", "norway", "denmark", "finland", "poland", "polska",
      "portugal", "canada", "australia", "new zealand", "india", "japan", "brazil", "brasil",
      "mexico", "méxico", "south africa", "singapore", "greece", "czech republic", "czechia",
      "hungary", "romania", "bulgaria", "croatia", "slovenia", "slovakia", "estonia", "latvia",
      "lithuania", "luxembourg", "malta", "cyprus", "iceland", "turkey", "türkiye", "israel",
      "united arab emirates", "uae", "saudi arabia", "egypt", "nigeria", "kenya", "argentina",
      "chile", "colombia", "peru", "philippines", "indonesia", "malaysia", "thailand", "vietnam",
      "china", "hong kong", "taiwan", "south korea", "korea", "ukraine", "de", "fr", "gb", "nl", "es",
      "it", "ca", "au", "at", "ch", "be", "se", "dk", "no", "fi", "pl", "pt", "ie");
}
