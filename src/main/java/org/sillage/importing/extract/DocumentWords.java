package org.sillage.importing.extract;

/**
 * The words {@link DocumentsRule} reads documents by: each document's names in French, English and Dutch and the kind
 * they name, and the words around them that ask for them, waive them or make them optional.
 */
final class DocumentWords {

    record Term(String words, String kind) {
    }

    /** Words that announce a list on the lines below even without a colon: "send the following documents to x@y". */
    static final String[] FOLLOWING = {"the following", "suivants", "suivantes", "volgende"};

    static final Term[] TERMS = {
        new Term("curriculum vitae", "cv"), new Term("curriculum vitæ", "cv"), new Term("c.v.", "cv"), new Term("cv", "cv"), new Term("cvs", "cv"), new Term("resume", "cv"),
        new Term("lettre de motivation", "cover_letter"), new Term("lettres de motivation", "cover_letter"),
        new Term("cover letter", "cover_letter"), new Term("motivation letter", "cover_letter"),
        new Term("letter of motivation", "cover_letter"), new Term("motivatiebrief", "cover_letter"),
        new Term("sollicitatiebrief", "cover_letter"), new Term("begeleidende brief", "cover_letter"), new Term("lettre de candidature", "cover_letter"),
        new Term("letter of interest", "cover_letter"), new Term("covering letter", "cover_letter"),
        new Term("lettre motivee", "cover_letter"), new Term("motivation e-mail", "cover_letter"),
        new Term("lignes de motivation", "cover_letter"), new Term("mail de motivation", "cover_letter"),
        new Term("message de motivation", "cover_letter"), new Term("e-mail de motivation", "cover_letter"),
        new Term("courriel de motivation", "cover_letter"), new Term("lm", "cover_letter"),
        new Term("mot de motivation", "cover_letter"), new Term("texte de motivation", "cover_letter"),
        new Term("note de motivation", "cover_letter"), new Term("lettre d'intention", "cover_letter"),
        new Term("lettre de presentation", "cover_letter"), new Term("statement of interest", "cover_letter"),
        new Term("motivation statement", "cover_letter"), new Term("statement of purpose", "cover_letter"),
        // British: the letter that goes with the CV ("a CV together with a supporting statement outlining…")
        new Term("supporting statement", "cover_letter"),
        // "Brief covering statement (in email body is fine) outlining why you are a fit"
        new Term("covering statement", "cover_letter"), new Term("cover statement", "cover_letter"),
        // "submit a letter expressing your interest", "a letter explaining why you…"
        new Term("letter expressing", "cover_letter"), new Term("letter explaining", "cover_letter"),
        // Dutch: « schriftelijke sollicitaties met cv », a written application is a letter
        new Term("schriftelijke sollicitatie", "cover_letter"), new Term("schriftelijke sollicitaties", "cover_letter"), new Term("application letter", "cover_letter"),
        new Term("application letters", "cover_letter"), new Term("letters of application", "cover_letter"),
        new Term("letter of application", "cover_letter"), new Term("motivatie", "cover_letter"),
        new Term("motivations", "cover_letter"), new Term("your motivation", "cover_letter"),
        // "send your CV and a short motivation": the few lines that say why are the letter
        new Term("short motivation", "cover_letter"), new Term("brief motivation", "cover_letter"),
        new Term("votre motivation", "cover_letter"), new Term("motivation for applying", "cover_letter"),
        // the same said to « tu » (« ton CV et ta motivation »), and "a one page motivation as to why…"
        new Term("ta motivation", "cover_letter"), new Term("page motivation", "cover_letter"),
        // "send your CV and motivation to …", « Stuur dan meteen een motivatie naar … »: beside a CV, or sent
        new Term("motivation", "cover_letter"),
        // "send a couple of paragraphs about why you think you'd be suitable"
        new Term("about why you", "cover_letter"), new Term("paragraphs about why", "cover_letter"),
        // "with your CV, … and a statement why you think you are suitable": the letter, in other words
        new Term("statement why", "cover_letter"), new Term("statement of why", "cover_letter"),
        new Term("statement explaining why", "cover_letter"), new Term("statement outlining why", "cover_letter"),
        // an e-mail saying why: "send an email … telling us why you would be a good fit", « expliquez-nous pourquoi … et envoyez »
        new Term("telling us why", "cover_letter"), new Term("tell us why", "cover_letter"), new Term("explaining why", "cover_letter"),
        new Term("expliquez-nous pourquoi", "cover_letter"), new Term("expliquant pourquoi", "cover_letter"),
        // « un texte d'environ 200 mots expliquant les raisons pour lesquelles vous souhaitez … »
        new Term("expliquant les raisons", "cover_letter"), new Term("explaining the reasons", "cover_letter"),
        new Term("expliquez nous pourquoi", "cover_letter"), new Term("dites-nous pourquoi", "cover_letter"),
        new Term("dites nous pourquoi", "cover_letter"),
        // « Écrivez-nous à … et parlez-nous de ce qui vous donne envie de nous rejoindre »
        new Term("parlez-nous de ce qui vous", "cover_letter"), new Term("parlez nous de ce qui vous", "cover_letter"),
        new Term("note about why", "cover_letter"), new Term("note explaining why", "cover_letter"),
        new Term("description of why you", "cover_letter"),
        // "a brief explanation of your interest in the position, … and a CV"
        new Term("explanation of your interest", "cover_letter"), new Term("description of your interest", "cover_letter"),
        new Term("statement of your interest", "cover_letter"),
        new Term("laat ons weten waarom", "cover_letter"), new Term("en waarom je", "cover_letter"),
        // an item of what to send: « Waarom je bij ons wilt werken », "why you want to join us"
        new Term("waarom je", "cover_letter"), new Term("why you want", "cover_letter"),
        new Term("referents", "references"),
        new Term("referent academique", "references"), new Term("referents academiques", "references"),
        new Term("academic referee", "references"), new Term("academic referees", "references"),
        new Term("copie de vos diplomes", "diploma"), new Term("copies de vos diplomes", "diploma"),
        new Term("copie de votre diplome", "diploma"), new Term("copy of your degree", "diploma"),
        new Term("references", "references"), new Term("referees", "references"), new Term("referee", "references"),
        new Term("lettre de recommandation", "references"), new Term("lettres de recommandation", "references"),
        new Term("letters of recommendation", "references"), new Term("reference letters", "references"),
        new Term("referenties", "references"), new Term("copie des diplomes", "diploma"), new Term("copie du diplome", "diploma"),
        new Term("copies des diplomes", "diploma"), new Term("copy of your diploma", "diploma"), new Term("diplomas", "diploma"), new Term("portfolio", "portfolio"),
        new Term("exemples de votre travail", "portfolio"), new Term("examples of your work", "portfolio"),
        new Term("work samples", "portfolio"), new Term("examples of projects", "portfolio"),
        new Term("examples of previous work", "portfolio"), new Term("exemples de projets", "portfolio"),
        new Term("exemples de realisations", "portfolio"), new Term("exemples de vos realisations", "portfolio"),
        new Term("exemple de projet", "portfolio"), new Term("exemple de realisation", "portfolio"),
        new Term("example of your work", "portfolio"), new Term("example of previous work", "portfolio"),
        new Term("voorbeelden van projecten", "portfolio"), new Term("voorbeelden van je werk", "portfolio"),
        new Term("voorbeelden van eerder werk", "portfolio"), new Term("voorbeelden van eigen werk", "portfolio"), new Term("traduction", "translation"), new Term("translation", "translation"),
        new Term("vertaling", "translation"), new Term("writing sample", "writing_sample"), new Term("writing samples", "writing_sample"),
        // "your Master thesis or other work you've written in English", "a piece of writing"
        new Term("work you've written", "writing_sample"), new Term("work you have written", "writing_sample"),
        new Term("something you've written", "writing_sample"), new Term("something you have written", "writing_sample"),
        new Term("piece of writing", "writing_sample"),
        new Term("exemple de redaction", "writing_sample"), new Term("piece d'identite", "id_document"),
        new Term("copy of your passport", "id_document"), new Term("identity document", "id_document"),
        new Term("carte d'identite", "id_document"), new Term("carte nationale d'identite", "id_document"),
        new Term("identiteitsbewijs", "id_document"), new Term("identity card", "id_document"),
        new Term("reference letter", "references"), new Term("reference contact", "references"),
        new Term("reference contacts", "references"), new Term("reference names", "references"),
        new Term("reference persons", "references"), new Term("recommendation letter", "references"),
        // "a list of 2-3 names and contact information for people who have agreed to serve as a reference"
        new Term("serve as a reference", "references"), new Term("serve as references", "references"),
        new Term("act as a reference", "references"),
        new Term("recommendation letters", "references"), new Term("letter of recommendation", "references"),
        new Term("letters of reference", "references"), new Term("letter of reference", "references"),
        new Term("aanbevelingsbrief", "references"), new Term("aanbevelingsbrieven", "references"),
        new Term("lettre de reference", "references"), new Term("lettres de reference", "references"),
        new Term("personne de reference", "references"), new Term("personnes de reference", "references"),
        new Term("kopie van je diploma", "diploma"), new Term("kopie van uw diploma", "diploma"),
        new Term("kopie van jouw diploma", "diploma"), new Term("kopie van het diploma", "diploma"),
        new Term("kopie van je diploma's", "diploma"), new Term("kopie van uw diploma's", "diploma"),
        new Term("referentiepersoon", "references"), new Term("referentiepersonen", "references"),
        new Term("linkedin", "other:linkedin_profile"), new Term("github", "other:github_profile"),
        // "submit a personal statement", "a CV and a research statement": documents of their own, not the letter
        // "Download the application form … and return it", "Complete the attached application form": a form sent back
        // (not an online form: see ApplicationForms)
        new Term("application form", "other:application_form"),
        new Term("personal statement", "other:personal statement"), new Term("research statement", "other:research statement"),
        // « lettre manuscrite et CV », « CV + courrier de motivation »
        new Term("lettre manuscrite", "cover_letter"), new Term("courrier de motivation", "cover_letter"),
        // « votre CV accompagné d'un courrier expliquant votre intérêt », "a CV and a cover note"
        new Term("courrier expliquant", "cover_letter"), new Term("cover note", "cover_letter"),
        new Term("covering note", "cover_letter"),
        // last, so that every letter named more fully is taken first: « lettre + CV », "CV and letter" (see BARE_LETTER)
        new Term("lettre", "cover_letter"), new Term("letter", "cover_letter"), new Term("brief", "cover_letter"),
    };
    /** A letter named by its noun alone: the cover letter only beside the CV (« lettre + CV », « CV et lettre »). */
    static final java.util.Set<String> BARE_LETTER = java.util.Set.of("lettre", "letter", "brief");
    static final String[] CONTEXT = {"candidat", "postul", "apply", "applica", "envoy", "adress", "joindre", "send",
        "submit", "include a", "include your", "including a ", "including your", "ecris-nous", "ecrivez-nous", "ecris nous", "ecrivez nous", "ajout", "fournissez", "fournir votre", "fournir un", "devra comprendre",
        "doit comprendre", "doivent comprendre", "comprenant", "accompagne d", "stuur", "sollicit", "soliciting", "transmet", "attach",
        "provide your", "provide a", "should provide", "must provide", "please provide", "mail je", "mail uw", "mail ons",
        "e-mail je", "email je", "mail your", "email your", "e-mail your", "par mail", "par courriel", "par e-mail", "email us", "e-mail us", "courriel a",
        "faire parvenir", "envoie", "upload", "with a resume", "with your resume", "with a cv", "with your cv",
        "avec votre cv", "avec un cv", "met je cv", "met uw cv", "met een cv", "met cv", "reageer", "reageren", "be sent", "should be sent", "be emailed", "be e-mailed", "be mailed", "be submitted",
        "doivent etre envoye", "telecharg", "charger", "chargez", "deposer", "deposez",
        // a heading or label that says the documents are asked: « Pièces à fournir : CV, LM, copie des diplômes »
        "pieces a fournir", "pieces a joindre", "pieces demandees", "pieces requises", "documents a fournir",
        "documents a joindre", "documents requis", "documents demandes", "required documents", "documents required",
        "benodigde documenten",
        // "We ask for a CV (max 2 pages) and a cover letter", « nous demandons un CV »
        "we ask for", "we request", "we require", "nous demandons", "nous vous demandons", "we vragen", "vragen we",
        // the application's file named as such: « Dossier : CV, relevés de notes… », « Composition du dossier : »,
        // « Le dossier devra contenir un CV », "Documents: CV and cover letter"
        "dossier", "documents :", "documents:", "faire part de votre", "ontvangen we", "ontvangen wij", "we ontvangen",
        // "Please email a CV and a brief note …"
        "email a ", "e-mail a ", "please email", "please e-mail",
        // "Please be prepared to share the following: a brief cover letter, resume/CV, …"
        "prepared to share", "share the following",
        // « Votre CV suffit », "your resume is enough", « je cv volstaat »: the one document asked
        "suffit", "suffira", "is enough", "is sufficient", "volstaat", "is voldoende"};
    /**
     * A sentence that asks in the passive (« Un CV et une lettre de motivation sont demandés », "A CV and a cover letter
     * are required", "Please include the names of three referees"): a context for the documents one sends, not for a
     * diploma one holds (« Diplôme d'État exigé » is a qualification).
     */
    static final String[] ASKED = {"sont demandes", "est demande", "est demandee", "sont demandees", "sont exiges",
        "est exige", "sont requis", "est requis", "are required", "is required", "are requested", "is requested",
        "please include", "should include", "must include", "worden gevraagd", "wordt gevraagd", "is vereist", "zijn vereist",
        "sont attendus", "est attendu"};
    /** The kinds {@link #ASKED} gives a context to. */
    static final java.util.Set<String> ASKED_KINDS = java.util.Set.of("cv", "cover_letter", "references",
        "writing_sample");
    static final String[] REFERENCE_WORDS = {"referen", "referee", "recommend"};
    static final String[] WAIVE = {"nul besoin de", "pas besoin de", "pas de ", "sans ", "no need for", "no ",
        "not required", "geen ", "inutile d'envoyer", "pas necessaire",
        // "please do not send in CVs", « merci de ne pas envoyer de CV »
        "do not send", "don't send", "do not submit", "do not include", "ne pas envoyer", "n'envoyez pas", "ne joignez pas"};
    static final String[] OPTIONAL = {"optionnel", "facultati", "optional", "un plus", "a plus", "bonus", "bienvenu",
        "welcome", "si vous le souhaitez", "if you wish", "if you like", "pouvez egalement", "pouvez aussi", "can also",
        "may also", "eventuel", "le cas echeant", "idealement", "ideally", "n'hesitez pas", "feel free", "si possible",
        "if possible", "pluspunt", "if available", "si disponible", "if applicable", "where applicable", "indien beschikbaar",
        // « Stuur een korte motivatiebrief en eventueel C.V. »
        "eventueel", "eventuele"};
    static final String[] CATCH_ALL = {"ou ce que", "ou tout ce", "ou tout autre", "or whatever", "and/or whatever",
        "or anything", "ou toute autre", "of wat"};

    private DocumentWords() {
    }
}
