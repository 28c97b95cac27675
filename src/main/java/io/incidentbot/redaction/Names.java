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

  /** Words that make the whole phrase an organisation rather than a person. */
  static final Set<String> ORG = Chars.setOf(
      "team", "support", "ltd", "inc", "llc", "gmbh", "store", "shop", "company", "studio", "studios",
      "design", "digital", "media", "solutions", "group", "corp", "co", "limited", "plc", "sa", "srl",
      "bv", "ag", "pty", "department", "office", "desk", "helpdesk", "services", "service", "woocommerce",
      "wordpress", "automattic", "payments", "payment", "gateway", "plugin", "theme", "hosting", "agency",
      "pro", "premium", "lite", "blocks", "builder", "editor", "checkout", "cart", "shipping", "tax",
      "invoices", "subscriptions", "bookings", "analytics", "seo", "cache", "security", "backup");

  /**
   * End of a personal name of 1 to {@code maxWords} words starting at {@code s} on the same line,
   * or -1. Words are letters (any script), apostrophes and hyphens, capitalised unless
   * {@code allowLowercase}; initials ("J."), particles ("de la") and a quoted nickname
   * ({@code Robert "Bobby" Lindqvist}) are allowed inside. A greeting or role word as the first
   * word, or an organisation word anywhere, means it is not a person.
   */
  static int nameEnd(String t, int s, int maxWords, boolean allowLowercase) {
    int n = t.length();
    int i = s;
    int words = 0;
    int end = -1;
    while (i < n && words < maxWords) {
      char c = t.charAt(i);
      if ((c == '"' || c == '\u201c') && words > 0) { // nickname
        int q = i + 1;
        while (q < n && q - i < 20 && Character.isLetter(t.charAt(q))) {
          q++;
        }
        if (q > i + 1 && q + 1 < n && (t.charAt(q) == '"' || t.charAt(q) == '\u201d') && t.charAt(q + 1) == ' '
            && q + 2 < n && Character.isUpperCase(t.charAt(q + 2))) {
          i = q + 2;
          continue;
        }
        break;
      }
      if (!Character.isLetter(c)) {
        break;
      }
      int ws = i;
      int we = i;
      while (we < n && we - ws < 30 && (Character.isLetter(t.charAt(we)) || t.charAt(we) == '\''
          || t.charAt(we) == '\u2019' || t.charAt(we) == '-' && we + 1 < n && Character.isLetter(t.charAt(we + 1)))) {
        we++;
      }
      String lw = t.substring(ws, we).toLowerCase(Locale.ROOT);
      boolean upper = Character.isUpperCase(c);
      if (we - ws == 1 && upper && we < n && t.charAt(we) == '.' && words > 0) { // initial "A."
        words++;
        end = we + 1;
        i = we + 1;
      } else if (we - ws == 1 && upper && c > 127 && words > 0 && we + 1 < n && t.charAt(we) == ' '
          && Character.isUpperCase(t.charAt(we + 1))) {
        i = we; // "Ó" in "Tomás Ó Briain": kept only if a name word follows
      } else if (!upper && PARTICLES.contains(lw) && words > 0) {
        i = we; // particle: only kept if a name word follows
      } else if (!upper && !allowLowercase) {
        break;
      } else if (ORG.contains(lw)) {
        return -1;
      } else if (STOP.contains(lw) || we - ws < 2 || allCaps(t, ws, we) && we - ws > 3) {
        if (words == 0) {
          return -1;
        }
        break;
      } else {
        words++;
        end = we;
        i = we;
      }
      if (i + 1 < n && t.charAt(i) == ' ' && (Character.isLetter(t.charAt(i + 1)) || t.charAt(i + 1) == '"'
          || t.charAt(i + 1) == '\u201c')) {
        i++;
      } else {
        break;
      }
    }
    return words == 0 ? -1 : end;
  }

  /**
   * "First Last": a known first name followed by one or two capitalised surname words. Returns the
   * end of the name or -1.
   */
  static int firstLast(String t, int s) {
    int n = t.length();
    if (s + 1 < n && !plausiblePrefix(t.charAt(s), t.charAt(s + 1))) {
      return -1;
    }
    int we = s;
    while (we < n && we - s < 14 && Character.isLetter(t.charAt(we))) {
      we++;
    }
    if (we - s < 2 || we >= n - 2 || t.charAt(we) != ' ' || !Character.isUpperCase(t.charAt(s))
        || !FIRST_NAMES.contains(t.substring(s, we).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int next = we + 1;
    if (!Character.isUpperCase(t.charAt(next)) && !(t.charAt(next) == '"')) {
      return -1;
    }
    int e = nameEnd(t, s, 4, false);
    if (e <= next) {
      return -1;
    }
    // the surname must not be a street type or a common noun in title case
    int ls = e;
    while (ls > s && t.charAt(ls - 1) != ' ') {
      ls--;
    }
    String last = t.substring(ls, e).toLowerCase(Locale.ROOT);
    return SURNAME_STOP.contains(last) ? -1 : e;
  }

  /** Whether some first name starts with these two letters (ASCII; anything else passes). */
  private static boolean plausiblePrefix(char a, char b) {
    a = Character.toLowerCase(a);
    if (a < 'a' || a > 'z' || b < 'a' || b > 'z') {
      return true;
    }
    return Prefixes.TABLE[(a - 'a') * 26 + (b - 'a')];
  }

  /** Two-letter prefixes of {@link #FIRST_NAMES}, built after it (holder idiom). */
  private static final class Prefixes {
    static final boolean[] TABLE = new boolean[26 * 26];

    static {
      for (String name : FIRST_NAMES) {
        char a = name.charAt(0);
        char b = name.length() > 1 ? name.charAt(1) : 'a';
        if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z') {
          TABLE[(a - 'a') * 26 + (b - 'a')] = true;
        } else if (a >= 'a' && a <= 'z') {
          for (int k = 0; k < 26; k++) {
            TABLE[(a - 'a') * 26 + k] = true; // non-ASCII second letter ("łukasz"): allow the row
          }
        }
      }
    }
  }

  static final Set<String> SURNAME_STOP = Chars.setOf(
      "street", "road", "avenue", "lane", "drive", "order", "orders", "pro", "plus", "api", "sdk", "app",
      "apps", "blocks", "block", "editor", "builder", "cart", "checkout", "account", "accounts", "settings",
      "dashboard", "admin", "manager", "update", "updates", "report", "reports", "monitor", "cache",
      "forms", "form", "shop", "shoes", "coffee", "candles", "pantry", "kerzen", "bank", "card", "cards",
      "pay", "wallet", "box", "mail", "email", "server", "cloud", "labs", "lab", "software");

  private static boolean allCaps(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Common first names across the languages our customers write in. Deliberately leaves out
   * names that are also everyday words, places or tech terms (Will, Mark, May, Grace, Max,
   * Ruby, Austin, Paris…), so "First Last" is a strong signal on its own.
   */
  static final Set<String> FIRST_NAMES = Chars.setOf(
      "abigail", "ada", "adele", "agnes", "aileen", "ailsa", "aine", "alastair", "albert", "alfred",
      "alice", "alison", "andrea", "angus", "annie", "anouk", "aoife", "archie", "arthur",
      "barry", "bas", "beatrice", "bernadette", "bernie", "bethany", "billy", "blake", "bob",
      "brendan", "bridget", "bronwyn", "caleb", "callum", "cameron", "carl", "carol", "cathal", "catriona",
      "charlie", "cheryl", "cian", "ciara", "ciaran", "clive", "colm", "connor", "cormac", "daan",
      "dale", "damian", "darren", "dave", "dean", "declan", "deirdre", "des", "donal",
      "doreen", "doug", "douglas", "duncan", "dylan", "eamon", "eamonn", "edith", "edwin", "eileen",
      "eilidh", "eimear", "elaine", "eliza", "elliot", "emer", "eoin", "eva-lotte", "ewan", "felix",
      "fergus", "finlay", "fleur", "frances", "francis", "fraser", "freddie", "freja", "gareth",
      "gavin", "geraldine", "gillian", "glenn", "gordon", "graham", "grainne", "gwen", "hamish", "harriet",
      "harrison", "hector", "hilda", "hugh", "iain", "ida", "imogen", "ines",
      "isobel", "jack", "jackie", "jana", "jared", "jenna", "jenny", "jeroen", "jill",
      "jim", "jimmy", "joanne", "jocelyn", "jonas", "joris", "josh", "joyce", "karen", "kasper",
      "keira", "kerry", "kieran", "kirsty", "koen", "lachlan", "lara", "leanne", "leigh", "leonie",
      "lesley", "lewis", "lindsay", "lorna", "lorraine", "lotte", "lucy", "lukas", "lydia", "lynn",
      "mads", "maeve", "maggie", "mairead", "malcolm", "mandy", "marian", "marion", "martha", "maureen",
      "maximilian", "maxine", "melanie", "mirjam", "molly", "morag", "muriel", "myles", "nadine", "natasha",
      "neil", "nele", "nial", "niall", "niamh", "nicky", "niels", "nigel", "norman",
      "oisin", "orla", "owen", "padraig", "patrick", "pauline", "phoebe", "phyllis",
      "pieter", "rasmus", "rhiannon", "rhys", "roisin", "rory", "ross", "roy", "ruairi",
      "sadie", "sally", "sanne", "seamus", "sem", "shane", "shannon", "shauna", "sheila", "shirley",
      "sinead", "sofie", "sonia", "stacey", "stuart", "suzanne", "tara", "terry", "tess",
      "theo", "thijs", "toby", "tomás", "trevor", "una", "valerie", "vera", "vicky", "wendy",
      "wouter", "yvonne", "zachary",
      "petra", "marek", "jana", "tereza", "lucie", "ondřej", "jiří", "martina", "veronika", "zuzana",
      "sam", "ben", "dan", "tim", "nick", "rob", "liz", "beth", "meg", "jess", "nora", "liam", "ava",
      "isla", "freddie", "alfie", "oscar", "finn", "elsie", "mila", "aria", "layla", "zainab",
      "aaron", "abdul", "adam", "adebayo", "adrian", "agnieszka", "ahmad", "ahmed", "aidan", "aisha",
      "alan", "alberto", "aleksandra", "alex", "alexander", "alexandra", "alexis", "ali", "alice", "alicia",
      "alison", "amanda", "amara", "amelia", "amelie", "amir", "amit", "amy", "amélie", "ana",
      "anders", "andrea", "andreas", "andrew", "andrés", "andy", "angela", "anika", "anil", "anita",
      "anjali", "ann", "anna", "anne", "anneke", "annika", "anthony", "antoine", "antonio", "anya",
      "arjun", "arnav", "astrid", "aurélie", "ayesha", "ayşe", "barbara", "beatriz", "ben", "benjamin",
      "bernard", "bianca", "birgit", "björn", "bobby", "bram", "brandon", "brian", "bruno", "burak",
      "caitlin", "camille", "carla", "carlos", "carmen", "caroline", "carolyn", "catherine", "cecilia", "charles",
      "charlotte", "chen", "chiara", "chidi", "chloe", "chloé", "chris", "christian", "christina", "christine",
      "christopher", "claire", "clara", "claudia", "colin", "conor", "craig", "cristina", "daniel", "daniela",
      "danielle", "dario", "david", "deborah", "deepak", "denise", "derek", "diana", "diego", "dimitri",
      "dirk", "dmitri", "dominic", "donna", "dorothy", "dylan", "edward", "eleanor", "elena", "eleni",
      "elif", "elisa", "elizabeth", "ella", "ellen", "emily", "emma", "emre", "enrique", "eric",
      "erik", "esther", "ethan", "eva", "evelyn", "fatih", "fatima", "fatma", "felix", "femke",
      "fernanda", "fernando", "fiona", "francesca", "francesco", "francisco", "françois", "freya", "gabriel",
      "gabriela", "gareth", "gary", "gemma", "george", "georgina", "gerald", "giorgos", "giulia", "giuseppe",
      "gonzalo", "gregory", "greta", "guillaume", "gustavo", "hamid", "hana", "hannah", "hans", "harold",
      "harry", "haruto", "hassan", "heather", "heidi", "helen", "helena", "henrik", "henry", "hiroshi",
      "hugo", "ian", "ibrahim", "ingrid", "irene", "isaac", "isabel", "isabella", "isabelle", "ivan",
      "jacob", "jake", "jakub", "james", "jamie", "jan", "jane", "janet", "janice", "jasmine",
      "jason", "javier", "jean", "jeffrey", "jennifer", "jens", "jeremy", "jessica", "jesús", "jiho",
      "joan", "joanna", "joao", "joe", "johan", "johanna", "john", "jonas", "jonathan", "joost",
      "jordan", "jorge", "joseph", "joshua", "josé", "joão", "juan", "judith", "julia", "julian",
      "julie", "justin", "jürgen", "kai", "karen", "karin", "karl", "katarzyna", "kate", "katherine",
      "kathleen", "kathryn", "katie", "kavya", "kayla", "keith", "kelly", "kenji", "kenneth", "kevin",
      "kim", "kimberly", "kirsten", "kwame", "kyle", "lars", "laura", "lauren", "laurent", "lea",
      "leah", "lena", "leo", "leon", "leonardo", "liam", "linda", "lisa", "lorenzo", "louis",
      "louise", "lucas", "lucia", "lucía", "luis", "luisa", "lukas", "luke", "luís", "léa",
      "maarten", "magnus", "malik", "manuel", "marc", "marco", "marcus", "marek", "margaret", "maria",
      "marie", "marina", "mario", "marta", "martin", "martina", "mary", "mateo", "matteo", "matthew",
      "matthias", "maya", "małgorzata", "megan", "mehmet", "mei-ling", "melissa", "mette", "mia", "michael",
      "michelle", "miguel", "mike", "mikhail", "milan", "minji", "mohammad", "mohammed", "monica", "muhammad",
      "nadia", "naomi", "natalia", "natalie", "nathan", "neha", "ngozi", "nicholas", "nicola", "nicolas",
      "nikhil", "nikita", "nikolai", "nikos", "nina", "noah", "noor", "nora", "oksana", "ole",
      "olga", "oliver", "olivia", "oluwaseun", "omar", "oscar", "pablo", "pamela", "paolo", "patricia",
      "patrick", "paul", "paula", "paweł", "pedro", "pernille", "peter", "philip", "pierre", "pietro",
      "piotr", "pooja", "priya", "priyanka", "rachel", "rafael", "rahul", "raj", "rajesh", "ramón",
      "raquel", "ravi", "rebecca", "richard", "rita", "robert", "roberto", "rohan", "ronald", "rosa",
      "ruth", "ruud", "ryan", "sabine", "sabrina", "sakura", "samantha", "samuel", "sandra", "sanjay",
      "sanne", "sara", "sarah", "sean", "sebastian", "sergio", "shanice", "sharon", "simon", "siobhan",
      "sofia", "sofía", "soo-jin", "sophia", "sophie", "sora", "stefan", "stefanie", "stephanie", "stephen",
      "steven", "sunita", "suresh", "susan", "sven", "svetlana", "søren", "takeshi", "tamara", "tanya",
      "teresa", "thabo", "thomas", "tiffany", "timothy", "tobias", "tom", "tomas", "tomasz", "tony",
      "tyler", "uwe", "valentina", "vanessa", "victor", "victoria", "vikram", "vincent", "virginie", "vivek",
      "wei", "william", "xavier", "xiaoming", "yasmin", "yui", "yuki", "yuna", "yusuf", "zanele",
      "zara", "zeynep", "zoe", "zofia", "zoé");

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
