@extends('layouts.web')

@section('content')
<ul class="breadcrumbs clearfix">
	<li class="home"><a href="/">Home</a></li>
	<li><a href="/">Vrijwilligers</a></li>
	<li><a href="/">Leiding gezocht</a></li>
</ul>
<div class="article-page">
	<h1>Leiding gezocht</h1>
	<p>Scouting Nederland is de grootste jeugd- en jongerenorganisatie van Nederland. Scouting zorgt voor een leuke en spannende vrijetijdsbesteding. Onze vereniging maakt onderdeel uit van Scouting Nederland en biedt daarmee ieder kind een veilige en leerzame speelomgeving en biedt uitdagende activiteiten voor jongeren. Scouting IJsselgroep Gorssel is een jongens scoutinggroep en heeft circa 30 jeugdleden.</p>

	<p>Ben jij een enthousiaste en daadkrachtige vrijwilliger, op zoek naar een nieuwe uitdaging, waarbij je de mogelijkheid krijgt om betekenisvol te zijn voor de ontwikkeling van jongeren als leidinggevende? Vind je het leuk om, samen met andere vrijwilligers, scoutingactiviteiten te ondernemen? Ben je bovendien een aantal uur in de week hiervoor beschikbaar? Dan zijn wij op zoek naar jou!</p>
	<h2>Enthousiaste (hulp)leiding M/V (vrijwillig)</h2>
	<h3>Waar bestaat de functie uit?</h3>
	<p>In een team leiding geven of een team ondersteunen als hulpleiding? Dat kan! Wij zijn voor ons leidingteam op zoek naar (hulp)leiding. Je helpt bij het organiseren van leuke, uitdagende en gezellige activiteiten en kampen.&nbsp;</p>
	<p>Hiermee biedt je onze leden leuke en afwisselende opkomsten en levert een bijdrage aan het spelenderwijs ontwikkelen van deze jeugdleden. Je wordt ingewerkt door je mede leiding (on the job training). Hierdoor heb je volop de mogelijkheid te ontdekken welke rol je wilt vervullen in het leidingteam. Om voor de scouts een zo stabiel mogelijk leidingteam te creëren zoeken wij bij voorkeur iemand die in de regel elke zaterdagmiddag aanwezig kan zijn.</p>
	<h3>Wat doet de (hulp)leiding?</h3>
	<p>(Ondersteuning bieden bij het) leiding geven aan onze scoutsgroep</p>
	<p>(Ondersteuning bieden bij het) organiseren van leuke en uitdagende activiteiten en kampen</p>
	<h3>Belangrijk:</h3>
	<ul>
		<li>Je bent enthousiast en bereid je in te zetten als leiding</li>
		<li>Je kunt goed omgaan met jeugdleden en medeleiding</li>
		<li>Scoutingervaring is niet vereist (wel een pre)</li>
		<li>Inschatting tijdsbelasting:
			<ul>
				<li>Circa 4 uur per week waarvan het grootste deel op zaterdagmiddag</li>
			</ul>
		</li>
	</ul>
	<h3>Wij bieden:</h3>
	<ul>
		<li>Volop gelegenheid tot het volgen van scholing (competentiegericht via de Scouting Academy)</li>
		<li>Samenwerking met andere betrokken en enthousiaste vrijwilligers</li>
		<li>Het opdoen van veel nieuwe contacten, ervaring en deskundigheid op allerlei vlakken</li>
		<li>Meerdere keren per jaar weekenden kampen</li>
	</ul>
	<p>Voor meer informatie over onze groep is te vinden op onze website scouting-ijsselgroep.nl en voor meer informatie over deze vacature kun je contact opnemen met Dinand Wolferink via <a href="mailto:info@scouting-ijsselgroep.nl">info@scouting-ijsselgroep.nl</a></p>
</div>
@endsection