<?php get_header(); ?>

<!--atf home-->
<section class="atf-vacatures-bg">

    <section class="atf-home max-width">
        
    </section>

</section>

<section class="max-width vacatures-intro vacature-single">
    <section class="vacature-uitgebreide-info">
        <h2>Zelfstandig elektromonteur woningbouw (regio Zaanstad)</h2>
        <h4>Functie omschrijving</h4>      <p>Voor een opdrachtgever zijn wij op zoek naar een zelfstandige elektromonteur voor werkzaamheden woningbouw/burgerwerk.</p><p>Deze opdrachtgever is met meerdere werkmaatschappijen in meerdere disciplines in de techniek, een bedrijf waarin je je breed kan ontwikkelen. Zij streven naar tevreden medewerkers, blije klanten en werken met duidelijke processen. Er is volop plaats voor jouw ontwikkeling.</p><p>Inhoud werkzaamheden:</p><ul><li>Verhelpen van storingen aan verlichting;</li><li>Vervangen armaturen en lichtbronnen;</li><li>Ombouwen naar led-lichtbronnen;</li><li>Onderhouden van noodverlichtingsarmaturen.</li></ul><p>Voor deze opdracht heb je dagelijks contact met de huismeester en bewoners en werk je lekker zelfstandig.&nbsp;</p><p>Wij zoeken/vragen:</p><ul><li>Een sociaal en gemotiveerd persoon je bent namelijk ons visitekaartje;</li><li>Je bent in het bezit van een rijbewijs B;</li><li>Je bent vol ambities;</li><li>Je bent in het bezit van een geldig VCA Basis certificaat.</li></ul><p>We komen graag met monteurs in gesprek, ook als deze vacature het net niet is voor jou. Interselektie heeft uiteenlopende opdrachtgevers met uiteenlopende disciplines in (elektro)techniek.</p> 
              <h4>Functie eisen</h4>        <ul><li>VCA;</li><li>Rijbewijs B;</li><li>Gezonde werklust.</li></ul> 
                    <h4>Wat bieden wij</h4> 
        <ul><li>Een goed salaris en opleidingsmogelijkheden;</li><li>Uitzicht op een vaste aanstelling;</li><li>Doorgroeimogelijkheden;</li><li>Een vast contactpersoon binnen Interselektie.</li></ul><p>Ben je geinteresseerd in deze functie solliciteer dan via de button. Wil je meer weten of lukt het niet om via de button te reageren bel dan naar 075-6218845 of mail naar <a href="mailto:info@interselektie.nl">info@interselektie.nl</a></p><p><br></p>        
    </section>
    <section class="vacature-info">
        <section class="vacature-sticky">
            <h2><span>Interselektie</span> <br> Altijd de juiste connectie</h2>
            <ul>
                <li>Plaats: Zaandam, Nederland</li>
                <li>Vestiging: Krommenie</li>
                <li>Uren per week: 36</li>
                <li>Rijbewijs type: B</li>
                <li>Contactpersoon: Danielle Nijman</li>
                <li><a href="mailto:info@interselektie.nl">E-mail: info@interselektie.nl</a></li>
            </ul>
            <a class="button-red" href="#">Solliciteer nu</a>

            <a class="tel-nummer" href="tel:0756218845"><h4><i class="fa-solid fa-phone-flip"></i> 075 - 621 88 45</h4></a>
        </section>
    </section>
</section>

<section class="meer-weten max-width">
    <h2>Meer weten over onze vacatures?</h2>
    <p>Heb je vragen over specifieke vacatures of kunnen we je helpen bij het vinden van de juiste baan?<br> Maak een afspraak met een van onze intercedenten.</p>
    <a href="tel:0756218845">075 - 621 88 45</a>
</section>

<?php get_footer(); ?>