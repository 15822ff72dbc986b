package org.sillage.importing.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Words for {@link OrganizationCandidates} that name no organisation: the domains of mail providers and job boards
 * (an address there names its owner, not an employer), a posting's own labels, and the label words that open a
 * compound in capitals.
 */
final class OrganizationWords {
    private OrganizationWords() {
    }

    static final Set<String> WEBMAIL = Set.of("gmail", "yahoo", "hotmail", "outlook", "live", "orange", "free",
        "laposte", "wanadoo", "protonmail", "github", "google", "linkedin", "facebook", "twitter", "youtube", "instagram",
        "wordpress", "medium", "example", "icloud", "gouv", "europa", "gitlab", "zoom", "bit", "forms", "typeform",
        "welcometothejungle", "indeed", "jobteaser", "hellowork", "apec", "francetravail", "pole-emploi", "notion", "canva",
        "mailchimp", "goo", "formspree", "framaforms", "sharepoint", "office", "microsoft", "apple", "wikipedia",
        // internet providers' mail: the address names its owner, the domain does not
        "telenet", "skynet", "proximus", "scarlet", "sfr", "neuf", "bbox", "numericable", "ziggo", "kpnmail", "planet",
        "xs4all", "hetnet", "home", "aol", "gmx", "web", "bluewin", "sunrise", "videotron", "sympatico",
        // job boards and application systems: "See on FindAPostDoc: https://www.findapostdoc.com/…" names where the
        // offer was seen, not who hires
        "findapostdoc", "findaphd", "euraxess", "academictransfer", "academicpositions", "jobbnorge", "glassdoor", "monster",
        "stepstone", "higheredjobs", "timeshighereducation", "researchgate", "mathjobs", "workable", "lever", "greenhouse",
        "recruitee", "smartrecruiters", "teamtailor", "jobvite", "personio", "ashbyhq", "taleo", "myworkdayjobs",
        "werkzoeken", "vdab", "actiris", "forem", "leforem", "jobat", "nationalevacaturebank", "idealist", "reliefweb",
        "charityjob", "devex", "coordinationsud", "profilculture", "emploi-collectivites", "emploi-territorial");
    /**
     * Label words that open an English compound in capitals far more often than a heading before a name: after
     * "Information Management", "Application Support", "Contact Centre", a name is not what is left.
     */
    static final Set<String> COMPOUND_HEADS = Set.of("information", "informations", "application",
        "applications", "description", "profile", "position", "positions", "contact", "location", "salary", "date",
        "service", "team", "skills", "requirements", "qualifications", "responsibilities", "mission", "missions");
    /** Words that open a posting's own labels, never a name. */
    static final Set<String> LABEL_WORDS = new HashSet<>(java.util.Arrays.asList("stage", "stages", "contrat", "offre", "offres", "poste", "job",
        "jobs", "vacature", "vacatures", "vacancy", "vacancies", "recrutement", "proposition", "sujet", "these", "thesis",
        "internship", "position", "positions", "emploi", "mission", "missions", "profil", "profile", "description", "date",
        "lieu", "location", "salary", "salaire", "candidature", "candidatures", "application", "applications", "contact",
        "we", "nous", "vous", "you", "our", "notre", "nos", "votre", "your", "le", "la", "les", "un", "une", "des", "de",
        "du", "the", "a", "an", "this", "ce", "cette", "in", "en", "het", "een", "de", "wij", "jij", "je", "il", "elle",
        "ils", "on", "if", "si", "pour", "for", "with", "avec", "and", "et", "or", "ou", "to", "as", "at", "by", "from",
        "phd", "postdoc", "post-doc", "doctorat", "cdi", "cdd", "alternance", "apprentissage", "service", "volontariat",
        "responsabilites", "responsibilities", "requirements", "qualifications", "competences", "skills", "about", "over",
        "a propos", "team", "equipe", "all", "tous", "toutes", "please", "merci", "note", "dear", "bonjour", "hello",
        "monday", "tuesday", "wednesday", "thursday", "friday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "formation", "experience", "education", "remuneration", "horaires", "duree", "start", "debut", "deadline",
        "pourquoi", "why", "what", "who", "how", "when", "where", "comment", "quoi", "qui", "ou", "quand", "nb", "ps",
        "email", "e-mail", "mail", "tel", "tél", "website", "site", "linkedin", "facebook", "instagram", "twitter",
        "mme", "mr", "mrs", "ms", "dr", "prof", "madame", "monsieur", "m", "cv", "lettre", "letter", "cover", "master",
        "licence", "bachelor", "senior", "junior", "stagiaire", "intern", "developer", "developpeur", "engineer",
        "ingenieur", "chargé", "charge", "chef", "manager", "coordinateur", "coordinator", "assistant", "assistante",
        "directeur", "director", "responsable", "animateur", "consultant", "chercheur", "researcher", "fellow",
        "associate", "analyst", "specialist", "officer", "fulltime", "parttime", "full-time", "part-time", "remote",
        "teletravail", "hybrid", "onsite", "key", "main", "general", "important", "required", "preferred", "nice",
        "bonus", "benefits", "avantages", "conditions", "modalites", "procedure", "process", "selection", "interview",
        "entretien", "questions", "informations", "information", "infos", "plus", "more", "see", "voir", "apply",
        "postuler", "envoyer", "send", "submit", "solliciteren", "reageren", "functie", "wat", "wie", "jouw", "ons",
        "onze", "wij bieden", "aanbod",
        // "Kennis van Nederlands is een pré", "Knowledge of French is an asset": a requirement, not who defines it
        "kennis", "knowledge", "connaissance", "connaissances", "ervaring", "maitrise",
        // « Chez Averna, … », "Join Laws.Africa": where the name is, then the name
        "chez", "bij", "join", "rejoignez", "rejoindre", "rejoins",
        // a file's format and size (« Télécharger l'annonce (PDF, 1 Mo) »): never a name, however often repeated
        "pdf", "doc", "docx", "odt", "rtf", "html", "url", "jpg", "jpeg", "png", "zip", "csv", "xls", "xlsx", "mo", "ko",
        "mb", "kb", "taken", "sommaire", "summary", "overview", "context", "contexte", "objectif",
        "objectifs", "goals", "tasks", "activities", "activites", "references", "bibliographie", "annexe", "update",
        "mise", "published", "publie", "posted", "closing", "open", "opening", "ouvert", "france", "belgique", "europe",
        "paris", "lyon", "lille", "bruxelles", "brussels", "amsterdam", "london", "nantes", "marseille", "toulouse",
        "bordeaux", "grenoble", "montpellier", "strasbourg", "rennes", "nice", "namur", "liege", "gent", "ghent",
        "antwerpen", "utrecht", "rotterdam", "delft", "leuven", "geneve", "geneva", "lausanne", "zurich", "montreal",
        "quebec", "ottawa", "toronto", "washington", "new", "york", "california", "usa", "uk", "canada", "suisse",
        "switzerland", "nederland", "netherlands", "dakar", "abidjan", "kinshasa", "afrique", "africa", "asia", "world",
        "monde", "international", "national", "global", "covid", "covid-19", "ai", "ia", "it", "rh", "hr", "ok",
        "nouveau", "nouvelle", "new", "next", "first", "premier", "premiere", "second", "deuxieme", "niveau", "level",
        "bac", "h/f", "f/h", "m/v", "m/f", "x", "y", "i", "ii", "iii", "iv", "v", "vi"));
}
