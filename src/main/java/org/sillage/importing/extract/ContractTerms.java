package org.sillage.importing.extract;

import org.sillage.domain.ContractType;

/**
 * The words that name a contract, in French, English and Dutch, each with its type and its strength (2 for a
 * phrase that names it alone, 1 for a word that hints at it), for {@link ContractTypeRule}.
 */
final class ContractTerms {
    private ContractTerms() {
    }

    record Term(String words, ContractType type, int strength) {
    }

    static final Term[] TERMS = {
        t("cdi", ContractType.CDI, 2), t("contrat a duree indeterminee", ContractType.CDI, 2),
        t("duree indeterminee", ContractType.CDI, 2), t("permanent contract", ContractType.CDI, 2),
        t("permanent position", ContractType.CDI, 2), t("long-term contract", ContractType.CDI, 2),
        t("vast contract", ContractType.CDI, 2), t("vast dienstverband", ContractType.CDI, 2),
        t("tijdelijk dienstverband", ContractType.CDD, 2), t("jaarcontract", ContractType.CDD, 2), t("onbepaalde duur", ContractType.CDI, 2),
        t("contrat permanent", ContractType.CDI, 2), t("vaste aanstelling", ContractType.CDI, 2),
        t("open-ended contract", ContractType.CDI, 2), t("open-ended", ContractType.CDI, 2),
        t("permanent", ContractType.CDI, 1), t("indeterminate position", ContractType.CDI, 2),
        t("indeterminate", ContractType.CDI, 1), t("poste permanent", ContractType.CDI, 2), t("indefinite contract", ContractType.CDI, 2),
        t("cdd", ContractType.CDD, 2), t("contrat a duree determinee", ContractType.CDD, 2),
        t("duree determinee", ContractType.CDD, 2), t("fixed-term", ContractType.CDD, 2),
        t("fixed term", ContractType.CDD, 2), t("temporary contract", ContractType.CDD, 2),
        // British universities: "Limit of tenure: funding is available until March 2013"
        t("limit of tenure", ContractType.CDD, 2),
        t("temporary position", ContractType.CDD, 2), t("bepaalde duur", ContractType.CDD, 2),
        t("tijdelijk contract", ContractType.CDD, 2), t("contrat d'un an", ContractType.CDD, 2),
        t("contrat de vacataire", ContractType.CDD, 2), t("contrat de projet", ContractType.CDD, 2),
        t("month contract", ContractType.CDD, 2), t("months contract", ContractType.CDD, 2),
        t("term position", ContractType.CDD, 2), t("term contract", ContractType.CDD, 2), t("term appointment", ContractType.CDD, 2),
        // "Temporary Post: September 2015 to July 2016"
        t("temporary post", ContractType.CDD, 2), t("temporary position", ContractType.CDD, 2),
        t("temporary contract", ContractType.CDD, 2), t("temporary role", ContractType.CDD, 2),
        t("recherche des benevoles", ContractType.VOLUNTEER, 2), t("recrute des benevoles", ContractType.VOLUNTEER, 2),
        t("cherche des benevoles", ContractType.VOLUNTEER, 2), t("recherchons des benevoles", ContractType.VOLUNTEER, 2),
        t("appel a benevoles", ContractType.VOLUNTEER, 2), t("onbepaalde tijd", ContractType.CDI, 2),
        t("bepaalde tijd", ContractType.CDD, 2),
        t("engagement benevole", ContractType.VOLUNTEER, 2), t("en tant que benevole", ContractType.VOLUNTEER, 2),
        t("as a volunteer", ContractType.VOLUNTEER, 2), t("looking for volunteers", ContractType.VOLUNTEER, 2),
        t("studentenjob", ContractType.OTHER, 2), t("job etudiant", ContractType.OTHER, 1),
        t("stage de", ContractType.STAGE, 2), t("stage :", ContractType.STAGE, 2), t("(stage)", ContractType.STAGE, 2),
        // « Stage conventionné (gratifié selon la réglementation) »
        t("stage conventionne", ContractType.STAGE, 2), t("stage gratifie", ContractType.STAGE, 2),
        t("stage remunere", ContractType.STAGE, 2), t("poste de benevole", ContractType.VOLUNTEER, 2),
        // the pay's label says there is none: « Salaire : Volontaire », "Salary: unpaid", "an unpaid role"
        t("salaire : volontaire", ContractType.VOLUNTEER, 2), t("salaire: volontaire", ContractType.VOLUNTEER, 2),
        t("salaire : benevole", ContractType.VOLUNTEER, 2), t("salaire: benevole", ContractType.VOLUNTEER, 2),
        t("remuneration : benevole", ContractType.VOLUNTEER, 2), t("remuneration: benevole", ContractType.VOLUNTEER, 2),
        t("salary: voluntary", ContractType.VOLUNTEER, 2), t("salary: unpaid", ContractType.VOLUNTEER, 2),
        t("salary : voluntary", ContractType.VOLUNTEER, 2), t("salary : unpaid", ContractType.VOLUNTEER, 2),
        t("unpaid role", ContractType.VOLUNTEER, 2), t("unpaid position", ContractType.VOLUNTEER, 2),
        t("salaris: vrijwillig", ContractType.VOLUNTEER, 2), t("onbetaald vrijwilligerswerk", ContractType.VOLUNTEER, 2),
        // a seasonal job in France is a fixed-term one (« CDD saisonnier »); « Dienstverband: vast »
        t("contrat saisonnier", ContractType.CDD, 2), t("emploi saisonnier", ContractType.CDD, 1),
        t("poste saisonnier", ContractType.CDD, 1), t("vast dienstverband", ContractType.CDI, 2),
        t("dienstverband: vast", ContractType.CDI, 2), t("dienstverband : vast", ContractType.CDI, 2),
        t("vaste aanstelling", ContractType.CDI, 2),
        t("recherche un benevole", ContractType.VOLUNTEER, 2), t("recherche une benevole", ContractType.VOLUNTEER, 2),
        t("recrute un benevole", ContractType.VOLUNTEER, 2), t("recrute une benevole", ContractType.VOLUNTEER, 2),
        t("stagiaire", ContractType.STAGE, 1), t("un stage", ContractType.STAGE, 2), t("offre de stage", ContractType.STAGE, 2),
        t("internship", ContractType.STAGE, 2), t("intern", ContractType.STAGE, 1), t("stageplaats", ContractType.STAGE, 2),
        // Dutch compounds: a graduation, a work-along, a taster internship, an internship's assignment
        t("afstudeerstage", ContractType.STAGE, 2), t("meewerkstage", ContractType.STAGE, 2), t("snuffelstage", ContractType.STAGE, 2),
        t("afstudeeropdracht", ContractType.STAGE, 2), t("stageopdracht", ContractType.STAGE, 2), t("stage-opdracht", ContractType.STAGE, 2), t("stagiair", ContractType.STAGE, 2),
        t("contrat d'apprentissage", ContractType.ALTERNANCE, 2), t("contrat de professionnalisation", ContractType.ALTERNANCE, 2),
        t("contrat en alternance", ContractType.ALTERNANCE, 2), t("poste en alternance", ContractType.ALTERNANCE, 2),
        t("en alternance", ContractType.ALTERNANCE, 1), t("alternant", ContractType.ALTERNANCE, 1),
        t("alternance", ContractType.ALTERNANCE, 1), t("apprenticeship", ContractType.ALTERNANCE, 2),
        t("en apprentissage", ContractType.ALTERNANCE, 2), t("apprenti", ContractType.ALTERNANCE, 1),
        t("apprentie", ContractType.ALTERNANCE, 1),
        t("vsi", ContractType.VSI, 2), t("volontariat de solidarite internationale", ContractType.VSI, 2),
        t("volontaires de solidarite internationale", ContractType.VSI, 2),
        t("volontaire de solidarite internationale", ContractType.VSI, 2),
        t("service civique", ContractType.SERVICE_CIVIQUE, 2),
        t("freelance", ContractType.FREELANCE, 2), t("free-lance", ContractType.FREELANCE, 2),
        t("freelances", ContractType.FREELANCE, 2), t("personnes independantes", ContractType.FREELANCE, 2),
        t("personne independante", ContractType.FREELANCE, 2), t("en independant", ContractType.FREELANCE, 2),
        t("statut d'independant", ContractType.FREELANCE, 2), t("statut independant", ContractType.FREELANCE, 2),
        t("travailleur independant", ContractType.FREELANCE, 2), t("consultant independant", ContractType.FREELANCE, 2),
        t("consultante independante", ContractType.FREELANCE, 2), t("contractuels ou independants", ContractType.FREELANCE, 1),
        t("contrat de prestation", ContractType.FREELANCE, 2),
        t("self-employed", ContractType.FREELANCE, 2), t("consultant position", ContractType.FREELANCE, 2),
        t("consultancy basis", ContractType.FREELANCE, 2), t("consultancy contract", ContractType.FREELANCE, 2),
        // "the ideal volunteer would be", "working with other volunteers": the role is one of them
        t("ideal volunteer", ContractType.VOLUNTEER, 2), t("ideale vrijwilliger", ContractType.VOLUNTEER, 2),
        t("other volunteers", ContractType.VOLUNTEER, 2), t("andere vrijwilligers", ContractType.VOLUNTEER, 2),
        t("autres benevoles", ContractType.VOLUNTEER, 2),
        // "Duration of contract: 1st April – 30th June 2021": a length, so a fixed term (unless it says permanent)
        t("duration of contract", ContractType.CDD, 2), t("contract duration", ContractType.CDD, 2),
        t("duree du contrat", ContractType.CDD, 2),
        t("auto-entrepreneur", ContractType.FREELANCE, 2), t("micro-entrepreneur", ContractType.FREELANCE, 2),
        t("contractor", ContractType.FREELANCE, 2), t("zzp", ContractType.FREELANCE, 2),
        // « zelfstandige » alone is mostly the adjective (« zelfstandige handelingen », working on one's own)
        t("als zelfstandige", ContractType.FREELANCE, 2), t("zelfstandigen", ContractType.FREELANCE, 2),
        t("zelfstandige zonder personeel", ContractType.FREELANCE, 2), t("statuut van zelfstandige", ContractType.FREELANCE, 2),
        t("portage salarial", ContractType.FREELANCE, 2),
        t("benevolat", ContractType.VOLUNTEER, 1), t("mission benevole", ContractType.VOLUNTEER, 2),
        t("poste benevole", ContractType.VOLUNTEER, 2), t("a titre benevole", ContractType.VOLUNTEER, 2),
        t("volunteer position", ContractType.VOLUNTEER, 2), t("volunteer role", ContractType.VOLUNTEER, 2),
        t("unpaid", ContractType.VOLUNTEER, 2), t("vrijwilliger", ContractType.VOLUNTEER, 2),
        t("vrijwilligerswerk", ContractType.VOLUNTEER, 2), t("vrijwilligersfunctie", ContractType.VOLUNTEER, 2),
        t("vrijwilligersvacature", ContractType.VOLUNTEER, 2),
        // "a voluntary role", "on a volunteer basis", « mission non rémunérée », « onbezoldigd », "pro bono"
        t("voluntary role", ContractType.VOLUNTEER, 2), t("voluntary position", ContractType.VOLUNTEER, 2),
        t("voluntary basis", ContractType.VOLUNTEER, 2), t("volunteer basis", ContractType.VOLUNTEER, 2),
        t("volunteer opportunity", ContractType.VOLUNTEER, 2), t("volunteer agreement", ContractType.VOLUNTEER, 2),
        t("volunteer post", ContractType.VOLUNTEER, 2), t("not remunerated", ContractType.VOLUNTEER, 2),
        t("non remuneree", ContractType.VOLUNTEER, 2), t("non remunere", ContractType.VOLUNTEER, 2),
        t("non-remuneree", ContractType.VOLUNTEER, 2), t("non-remunere", ContractType.VOLUNTEER, 2),
        t("est benevole", ContractType.VOLUNTEER, 2), t("onbezoldigd", ContractType.VOLUNTEER, 2),
        t("onbezoldigde", ContractType.VOLUNTEER, 2), t("vrijwillige functie", ContractType.VOLUNTEER, 2),
        t("vrijwilligersvergoeding", ContractType.VOLUNTEER, 2), t("vrijwilligersovereenkomst", ContractType.VOLUNTEER, 2),
        t("pro bono", ContractType.VOLUNTEER, 2),
        t("etudiant", ContractType.OTHER, 1), t("etudiante", ContractType.OTHER, 1), t("student", ContractType.OTHER, 1),
        t("job d'ete", ContractType.OTHER, 1), t("summer job", ContractType.OTHER, 1), t("emploi etudiant", ContractType.OTHER, 1),
        t("postdoc", ContractType.CDD, 2), t("post-doc", ContractType.CDD, 2), t("postdoctoral", ContractType.CDD, 2),
        t("post-doctoral", ContractType.CDD, 2),
        // a PhD post of a stated length is a fixed-term job ("three-year full-time position", "contract for 3-4 years")
        t("phd student", ContractType.CDD, 2), t("phd position", ContractType.CDD, 2), t("phd candidate", ContractType.CDD, 2),
        // "two fully funded, four year PhD scholarships", "PhD studentships" (of a stated length, as any PhD post)
        t("phd studentship", ContractType.CDD, 2), t("phd studentships", ContractType.CDD, 2),
        t("phd scholarship", ContractType.CDD, 2), t("phd scholarships", ContractType.CDD, 2),
        t("doctoral student", ContractType.CDD, 2), t("doctoral position", ContractType.CDD, 2),
        t("doctoral candidate", ContractType.CDD, 2), t("doctoral researcher", ContractType.CDD, 2),
        t("contrat doctoral", ContractType.CDD, 2), t("contrats doctoraux", ContractType.CDD, 2),
        t("doctoral contract", ContractType.CDD, 2), t("contrat de these", ContractType.CDD, 2),
        t("convention premier emploi", ContractType.CDD, 2), t("contrat de remplacement", ContractType.CDD, 2),
        t("remplacement", ContractType.CDD, 1), t("en stage", ContractType.STAGE, 2), t("maternity cover", ContractType.CDD, 2),
        t("maternity leave cover", ContractType.CDD, 2), t("conge maternite", ContractType.CDD, 1),
        // "for six months while the librarian is on maternity leave": a replacement
        t("on maternity leave", ContractType.CDD, 1), t("on parental leave", ContractType.CDD, 1),
        t("conge de maternite", ContractType.CDD, 1), t("zwangerschapsvervanging", ContractType.CDD, 2),
        t("ce stage", ContractType.STAGE, 2), t("le stage", ContractType.STAGE, 1), t("stage m2", ContractType.STAGE, 2),
        t("stage m1", ContractType.STAGE, 2), t("gratification", ContractType.STAGE, 1),
        // French subsidised contracts are fixed-term (« PEC de 12 mois », « CUI-CAE »); a session's pay is none of the usual
        t("parcours emploi competences", ContractType.CDD, 2), t("cui-cae", ContractType.CDD, 2), t("cui cae", ContractType.CDD, 2),
        t("contrat aide", ContractType.CDD, 1), t("contrat unique d'insertion", ContractType.CDD, 2),
        t("contrat d'engagement educatif", ContractType.OTHER, 2), t("vacataire", ContractType.OTHER, 1),
        t("vacation :", ContractType.OTHER, 1),
        // « But du stage », « Lieu du stage », « Proposition de stage »; "Level: M2" (a master's student's internship)
        t("du stage", ContractType.STAGE, 2), t("de stage", ContractType.STAGE, 2), t("level: m2", ContractType.STAGE, 2),
        t("level: m1", ContractType.STAGE, 2), t("niveau : m2", ContractType.STAGE, 2), t("niveau : m1", ContractType.STAGE, 2),
        t("niveau: m2", ContractType.STAGE, 2), t("niveau: m1", ContractType.STAGE, 2),
        t("aux independant", ContractType.FREELANCE, 2), t("aux independants", ContractType.FREELANCE, 2),
        t("aux independantes", ContractType.FREELANCE, 2), t("d'independant", ContractType.FREELANCE, 2),
        t("interim", ContractType.OTHER, 1), t("jobiste", ContractType.OTHER, 2), t("jobistes", ContractType.OTHER, 2), t("co-op", ContractType.STAGE, 1), t("co-op student", ContractType.STAGE, 2), t("co-op placement", ContractType.STAGE, 2), t("co-op term", ContractType.STAGE, 2), t("co-op position", ContractType.STAGE, 2), t("jobstudent", ContractType.OTHER, 1), t("vakantiejob", ContractType.OTHER, 1),
    };

    static String[] words() {
        String[] w = new String[TERMS.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = TERMS[i].words();
        }
        return w;
    }

    static Term t(String w, ContractType type, int strength) {
        return new Term(w, type, strength);
    }
}
