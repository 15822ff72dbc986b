package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A server page kept as its template's source (Blade, PHP, Twig) is read as the page it renders, without its code. */
class TemplatePagesTest {

    private static final String BLADE = """
            @extends('layouts.web')

            @section('content')
            <div class="article-page">
                <h1>Leiding gezocht</h1>
                <p>{{ app_svg('icons/arrow') }} Wij zoeken enthousiaste leiding. Mail ons een korte motivatie en je CV.</p>
                <p><?php echo $contact; ?> Reageer voor 1 maart.</p>
            </div>
            @endsection
            """;

    @Test
    void aBladeTemplateIsHtml() {
        byte[] bytes = BLADE.getBytes(StandardCharsets.UTF_8);
        assertThat(FormatDetector.detect(bytes, "leiding.blade.php")).isEqualTo(Format.HTML);
        assertThat(FormatDetector.detect(bytes, "leiding.txt")).isEqualTo(Format.TXT);
    }

    @Test
    void itsCodeIsNoText() {
        String text = HtmlReader.readString(BLADE, "leiding.blade.php").text();
        assertThat(text).contains("Leiding gezocht", "Wij zoeken enthousiaste leiding", "Reageer voor 1 maart")
                .doesNotContain("@extends", "@section", "app_svg", "<?php", "$contact", "@endsection");
    }

    @Test
    void aTemplateWithoutAnyTagStaysText() {
        byte[] bytes = "@extends('mail')\nBeste kandidaat,\nBedankt voor je sollicitatie.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FormatDetector.detect(bytes, "mail.blade.php")).isEqualTo(Format.TXT);
    }

    @Test
    void aComponentsTemplateAfterALeadingCommentIsItsPage() {
        String vue = "<!-- eslint-disable vue/no-multiple-template-root -->\n<template>\n  <section>\n    <h1>Lesgever</h1>\n"
                + "    <p>De vereniging zoekt een enthousiaste lesgever.</p>\n  </section>\n</template>\n\n"
                + "<script lang=\"ts\" setup></script>\n";
        assertThat(HtmlReader.readString(vue, "lesgever.vue").text()).contains("Lesgever", "De vereniging zoekt een enthousiaste lesgever.");
    }
}
