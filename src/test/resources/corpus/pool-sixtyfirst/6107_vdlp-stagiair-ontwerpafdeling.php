<?php

$activePage = "page4.php";
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
    <h1>Vacature stagiair ontwerpafdeling – periode vanaf februari 2020</h1>
    <img class="page" src="page5.jpg" width="900" height="450">
    <h3>Vanaf februari 2020 is er bij ons plaats voor een stagiair. Wij zijn een erkend leerbedrijf.</h3>
        <h2>Wat ga je doen als stagiair binnen onze ontwerpafdeling?</h2>
        <h3>Je voornaamste doel bij ons is te leren en ervaren hoe het is om te werken bij een professioneel marketing-, 
            ontwerp en webbureau. Natuurlijk ga je concreet aan de slag. 
            Je doet wat er gedaan moet worden en probeert overal iets van op te steken. 
            Binnen onze ontwerpafdeling worden doorlopend creatieve oplossingen bedacht voor de meest uiteenlopende communicatie vraagstukken. 
            Je werkzaamheden kunnen uiteenlopen van het ontwerpen van (artikelen binnen) magazines tot het ontwerpen van logo’s, 
            communicatiemiddelen en (deelname aan de) ontwikkeling van cross-mediale campagnes.<br><br>
            Je bent inhoudelijk bezig met het vakgebied waarvoor je wordt opgeleid. Je werkt in teamverband en kan aansluiting zoeken bij de andere disciplines binnen ons bedrijf. 
            Maar je zet ook graag even je oogkleppen op om je vast te bijten in jouw taak. Waar je anderen kunt adviseren, zul je dit niet nalaten. 
            Je waardeert het wanneer collega’s dat ook bij jou doen.<br><br>
            Werken vanuit een strakke planning en structuur staat bij ons voorop. 
            Maar je stapt af en toe ook net even buiten de kaders om te zorgen voor de juiste oplossing. Je hebt creativiteit en je werkt nauwkeurig.</h3>

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
                
                <h2>Spreken wij je aan?</h2>
                <h3>Controleer je eigen ervaring dan even op onderstaande, lees wat we je te bieden hebben en neem dan contact met ons op.<br><br>  
                Jij hebt:
                <ul>
                <li>ervaring met het Adobe CC pakket waaronder: Photoshop, Illustrator, InDesign en Acrobat</li>
                <li>een bovengemiddeld werk- en denkniveau</li>
                <li>ruime theoretische kennis</li>
                <li>een dosis creativiteit</li>
                <li>ervaring in het werken op een bureaustoel (pré)</li>
                <li>goede communicatieve en schriftelijke vaardigheden</li>
                </ul>
                Wij bieden:
                <ul>
                <li>ervaren, professionele en gezellige collega’s</li>
                <li>een leerzame werkomgeving</li>
                <li>ruimte voor persoonlijke ontwikkeling</li>
                <li>passende stagevergoeding</li>

            </ul>
</h3>
            

<h2>Intresse?</h2>
<h3>Mail dan je sollicitatie (CV, motivatie en portfolio) naar vacature@vdlp.nl. 
    Voor meer informatie kan je contact opnemen met Simon van der Let via telefoonnummer 0513 654 445.</h3>
</div>
</body>