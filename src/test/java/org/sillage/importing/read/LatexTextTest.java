package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sillage.importing.PostingReader;
import org.sillage.importing.ReadLimits;

/** A LaTeX source reads as the text its reader sees: its title on top, its sections as headings, no markup. */
class LatexTextTest {
    private static final String SOURCE = String.join("\n",
            "\\documentclass[11pt,a4paper]{article}",
            "% Encodage",
            "\\usepackage[utf8]{inputenc}",
            "\\definecolor{ecole}{RGB}{0,62,92}",
            "\\title{Stage de Master~2 : mod\\`eles g\\'en\\'eratifs}",
            "\\begin{document}",
            "\\maketitle",
            "\\begin{center}",
            "    {\\Large\\bfseries\\color{ecole} Laboratoire X -- Lille}\\\\[0.3cm]",
            "\\end{center}",
            "\\noindent",
            "\\begin{tabular}{@{}ll}",
            "    \\textbf{Lieu :} & Lille\\\\",
            "\\end{tabular}",
            "\\section{Candidature}",
            "Envoyer un CV~\\cite{guide}, et une lettre \\`a \\href{mailto:stage@lab.fr}{l'encadrant} % avant mars",
            "\\begin{itemize}",
            "  \\item avant le 15 mars 2026\\footnote{le cachet fait foi}",
            "\\end{itemize}",
            "\\end{document}");

    @Test
    void theTextItsReaderSees() {
        String text = LatexText.of(SOURCE).orElseThrow();
        assertThat(text).startsWith("# Stage de Master 2 : modèles génératifs\n");
        assertThat(text).contains("Laboratoire X – Lille\n", "Lieu : Lille", "## Candidature",
                "Envoyer un CV, et une lettre à l'encadrant (stage@lab.fr)", "- avant le 15 mars 2026 (le cachet fait foi)");
        assertThat(text).doesNotContain("\\", "{", "}", "%", "avant mars", "ecole", "0.3cm", "@{}ll", "guide");
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertThat(LatexText.of("Chargé de mission \\ Lille, {accolades}")).isEmpty();
        assertThat(LatexText.of("# Titre\n\nUn texte qui cite \\begin{document} sans être du LaTeX")).isEmpty();
    }

    @Test
    void importAndExtractReadTheSameText() {
        var doc = new PostingReader(ReadLimits.DEFAULT).readBytes(SOURCE.getBytes(StandardCharsets.UTF_8), "offre.tex");
        assertThat(doc.text()).startsWith("# Stage de Master 2").doesNotContain("\\documentclass");
    }
}
