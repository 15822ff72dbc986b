<?php /* Smarty version Smarty-3.1.18, created on 2016-10-17 11:20:18
         compiled from "b237d2c823a90d9680dabfd399da942d91fe4916" */ ?>
<?php /*%%SmartyHeaderCode:929978305580497d2a9f722-48488417%%*/if(!defined('SMARTY_DIR')) exit('no direct access allowed');
$_valid = $_smarty_tpl->decodeProperties(array (
  'file_dependency' => 
  array (
    'b237d2c823a90d9680dabfd399da942d91fe4916' => 
    array (
      0 => 'b237d2c823a90d9680dabfd399da942d91fe4916',
      1 => 0,
      2 => 'string',
    ),
  ),
  'nocache_hash' => '929978305580497d2a9f722-48488417',
  'function' => 
  array (
  ),
  'has_nocache_code' => false,
  'version' => 'Smarty-3.1.18',
  'unifunc' => 'content_580497d2acc5e5_99137984',
),false); /*/%%SmartyHeaderCode%%*/?>
<?php if ($_valid && !is_callable('content_580497d2acc5e5_99137984')) {function content_580497d2acc5e5_99137984($_smarty_tpl) {?><p>&#160;</p>
<p>Cultuur+Ondernemen zoekt op korte termijn een<br /><strong>Ervaren adviseur Governance voor 32 uur (0,8 fte) - 40 uur (1 fte) p/w</strong></p>
<p><strong>Over Cultuur+Ondernemen</strong><br />Cultuur+Ondernemen is h&#233;t kenniscentrum voor ondernemerschap in de cultuursector. We ondersteunen culturele organisaties, zelfstandig werkende kunstenaars en creatieven die meer rendement willen halen uit hun activiteiten. Daartoe werken we onder meer samen met overheden en fondsen, om het effect van hun cultuurbeleid en &#8211;investeringen te vergroten. Met onze programma&#8217;s en activiteiten versterken we kunstenaars, creatieven en culturele organisaties en maken ze onafhankelijker, zodat de sector kan floreren en de samenleving optimaal kan profiteren van de werking van cultuur. Cultuur+Ondernemen is de houder van de Governance Code Cultuur.</p>
<p>We zoeken een adviseur Governance.</p>
<p><strong>Inhoud en werkzaamheden</strong></p>
<ul>
<li>Heeft verstand van en ervaring met Governance (bij voorkeur in verschillende sectoren in de semipublieke sector).</li>
<li>Is een stevige sparring partner/adviseur voor bestuurders en toezichthouders in de cultuursector. &#61623;</li>
<li>Ontwikkelt bijeenkomsten rond governancethema&#8217;s voor bestuurders/toezichthouders in de cultuursector. &#61623;</li>
<li>Draagt zorg voor het netwerk rondom governance (w.o. het Comit&#233; van Aanbeveling van de Governance Code Cultuur). &#61623;</li>
<li>Zorgt er samen met collega&#8217;s voor dat Cultuur+Ondernemen het kenniscentrum is en blijft op het gebied van governance in de cultuursector. &#61623;</li>
<li>Levert op het gebied van governance een innovatieve en actieve bijdrage aan strategische, beleidsmatige ontwikkelingen en kennisoverdracht aan de cultuursector onder andere door middel van publicaties.</li>
</ul>
<p><strong>Opleiding en ervaring</strong></p>
<ul>
<li>WO.</li>
<li>Relevante kennis en tenminste 5 jaar werkervaring op het gebied van governance. &#61623;</li>
<li>Juridische kennis is een pr&#233;. &#61623;</li>
<li>Is in zijn/haar vrije tijd bestuurlijk actief. &#61623;</li>
<li>Heeft een vlotte pen en is in staat om goede presentaties te maken en te geven.</li>
</ul>
<p><strong>Wat bieden wij?</strong> &#61623;</p>
<ul>
<li>Inschaling afhankelijk van senioriteit salaris tot maximaal &#8364; 4.314,- bruto per maand op fulltime basis. &#61623;</li>
<li>Een uitdagende en dynamische organisatie met aandacht voor persoonlijke en vakmatige ontwikkeling. &#61623;</li>
<li>Een organisatie waarin hard werken, van elkaar leren en resultaten centraal staan. &#61623;</li>
<li>Werkplek in een prettig pand in hartje Amsterdam.<br /><br /> Kijk voor meer informatie over Cultuur+Ondernemen of de Governance Code Cultuur op www.cultuur- ondernemen.nl en www.governancecodecultuur.nl<br /><br /> <strong>Reageren?</strong><br /> Uw sollicitatiebrief en cv kunt u per e-mail sturen aan Erica Bakker (P&amp;O) erica@cultuur-ondernemen.nl. Bij geschikte kandidaten starten wij direct met de sollicitatiegesprekken.</li>
</ul>
<p><br />Neem voor open sollicitaties contact op met&#160;<a href="/medewerkers/erica-bakker">Erica</a>.</p><?php }} ?>
