<?php

$activePage = "page1.php";
require_once "navbar.php";

?>

<!DOCTYPE html>

<head>
    <script src="https://ajax.googleapis.com/ajax/libs/jquery/3.4.1/jquery.min.js"></script>
    <script src="https://code.jquery.com/jquery-3.3.1.slim.min.js" integrity="sha384-q8i/X+965DzO0rT7abK41JStQIAqVgRVzpbzo5smXKp4YfRvH+8abtTE1Pi6jizo" crossorigin="anonymous"></script>
    <script src="https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.14.7/umd/popper.min.js" integrity="sha384-UO2eT0CpHqdSJQ6hJty5KVphtPhzWj9WO1clHTMGa3JDZwrnQq4sF86dIHNDz0W1" crossorigin="anonymous"></script>
    <script src="https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js" integrity="sha384-JjSmVgyd0p3pXB1rRibZUAYoIIy6OrQ6VrjIEaFf/nJGzIxFDsf4x0xIM+B07jRM" crossorigin="anonymous"></script>
    <link rel="stylesheet" type="text/css" href="css/style.css">
    <link rel="stylesheet" href="style2.css">
    <link rel="stylesheet" href="style3.css">
</head>
<body>
<br>
    <br>
    <br>
    <br>
    <br>
    <br>
    <br>
    <div class="ab">
    <h1>Eindredacteur Friesland Post / Communicatieprofessional Van der Let & Partners (28 – 40 uur)</h1>
    <img class="page" src="page1.jpg" width="900" height="450">
    <h2>Ben jij die gedreven, gestructureerde en creatieve eindredacteur en communicatieprofessional?</h2>
    <h3>Friesland Post is het Friese maandblad vol met interessante reportages en verhalen over Friesland. 
        Een aantrekkelijk vormgegeven magazine waarbinnen de Friese cultuur, de mensen, de historie, al haar facetten aan bod komen. 
        Friesland Post is een onderdeel van Van der Let & Partners Marketing & Webdevelopment. <br><br>
        Je primaire taak is de eindredactie en coördinatie van het maandblad en de bijbehorende website. 
        Daarnaast verzorg je de communicatie van Van der Let & Partners, 
        schrijf je zelf artikelen en lever je een belangrijke bijdrage aan de kwaliteit van teksten en commerciële uitingen van de klanten van onze (internet) marketing afdeling. 
        Samen met je collega’s zorg je voor inspirerende verhalen en pakkende (web)teksten.</h3>

    <h2>Wie zoeken wij?</h2>
    <h3>Als eindredacteur en allround communicatieprofessional draait het om inhoud; 
        de juiste informatie op een interessante en aansprekende manier gecommuniceerd naar een doelgroep. 
        Journalistieke (achtergrond)verhalen, maar ook de vertaling van een commerciële boodschap of marketing strategie.<br><br>

        Een unieke baan voor iemand die een hoge affiniteit met onze provincie heeft.  
        Iemand die zijn passie haalt uit het laten zien van alle facetten die de Friese cultuur vorm. Speels, doortastend, 
        opliftend en kritisch waarnodig. Maar ook iemand die graag de kans aangrijpt om het vak van communicatieprofessional in een breder (strategisch) perspectief uit te oefenen. 
        Op welk onderdeel je jezelf ook stort, je doet het doordacht, aansprekend en gestructureerd.</h3>

<h2>Functie-eisen:</h2>
<h3>
<ul>
    <li>HBO opleiding – journalistiek of communicatie</li>
    <li>Een eindredacteur – Je stuurt freelancers aan en aangeleverde teksten weet je binnen een handomdraai naar het juiste niveau te vertalen.</li>
    <li>Een schrijver – journalistieke artikelen, long copy, short copy, SEO en social media; allemaal jouw terrein.</li>
    <li>Een vat vol ideeën – je brengt inspiratie en laat je inspireren.</li>
    <li>Een structurele werker – binnen een hoge mate van zelfstandigheid ga jij gestructureerd en planmatig te werk.</li>
    <li>Commercieel inzicht – je schrijft niet alleen mooie journalistieke producties, maar denkt ook strategisch mee met klanten en geeft invulling aan hun communicatiestrategie.</li>
</ul>
</h3>
    
    <h2>Ben jij dit nog steeds?</h2>
<h3>Dan stellen we ons graag aan je voor. 
    Friesland Post is een onderdeel van Van der Let & Partners uit Heerenveen. 
    Het bedrijf bestaat uit ruim 35 medewerkers en is gevestigd in een monumentale kerk uit 1775 aan de Herenwal en een naburige pand. 
    Door het bieden van totaaloplossingen, doelgerichte concepting alsmede de inzet van Marketeers, 
    Ontwerpers en een gedreven team van Software Engineers, hebben we reeds veel succesvolle projecten gerealiseerd.<br><br>

We werken voor klanten zoals Prins Bernhard Cultuurfonds, Toyota, Sijperda Verhuur, Koninklijke Metaalunie, 
Twinfield, Nederlands Energiecentrum, Rodenstock, Foodimpuls, GP Groot, SKS Skûtsjesilen, Villasud, Kuiper Verzekeringen, Nationaal Groenfonds.<br><br>

Bij ons is de sfeer ongedwongen en informeel, 
maar ook prestatiegericht en uitsluitend geschikt voor mensen die weten wat ze kunnen en graag iedere dag willen leren, 
inspireren en trots zijn op hun werk. Kwaliteit, verantwoordelijkheidszin en gevoel voor humor gaan bij ons hand in hand.</h3>

<h2>Wat bieden wij?</h2>
<h3>
<ul>
<li>Een inspirerende baan, met ruimte voor jouw ambities en creativiteit.</li>
<li>Hoge mate van zelfstandigheid.</li>
<li>No-nonsense bedrijfscultuur die zich kenmerkt door open communicatie en een informele, collegiale sfeer.</li>
<li>Veel variatie in je werkzaamheden.</li>
</ul>
</h3>
<h2>Interesse?</h2>
<h3>Mail dan je sollicitatie (CV, motivatie en portfolio) naar vacature@vdlp.nl. 
    Voor meer informatie kan je contact opnemen met Simon van der Let via telefoonnummer 0513 654 445.</h3>
</div>
</body>