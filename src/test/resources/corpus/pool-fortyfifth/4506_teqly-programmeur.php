<!DOCTYPE html>
<html lang="fr">
<head>
    <?php include 'structure_header_imports.php' ?>
    <meta charset="UTF-8">
    <meta name="description" content="Nous sommes toujours à la recherche de personnalités pour compléter et élargir notre équipe.">
    <meta name="keywords" content="jobs, stelle, arbeit, stellenanzeige, stellenausschreibung, it-job, teqly, teqly gmbh, it service, it service desk, it service management, website, website erstellen, website erstellen schweiz, website erstellen lassen, website design, website analyse, website aufbau, website agentur, website anbieter, webdesign, webdesigner, webdesign agentur, webdesign agentur zürich, webdesign zürich, webdesign agentur schweiz, webdesign aarau, webdesign ärzte, webdesign für ärzte, webdesign für ärzte - praxis website - online praxismarketing, webdesign aargau, webdesign schweiz, webdesign bern, programmierer, programmiererin, programmierer schweiz, programmierer beauftragen, support computer, computer support and services, datenrettung, datenrettung zürich, datenrettung festplatte, datenrettung schweiz, it support, it support zürich, informatik, informatiker, informatiker plattformentwicklung, softwareentwicklung, softwareentwicklungsprozess, softwareentwicklung zürich, softwareentwicklung schweiz, softwareentwicklung bern, supportvertrag, supportvertrag software, supportvertrag website, supportvertrag buchen, it support vertrag, cybersicherheit, cybersicherheit schweiz, cybersicherheit unternehmen, cybersicherheit anbieter, cybersicherheit agentur, cybersicherheit admin, cyber sicherheits check, it management, it management and consulting, it management beratung, it management consultant, it beratung, it beratung schweiz, it beratung buchen, it beratung zürich, it beratung schweiz, it beratung aargau, software, software update, software engineer, softwareentwickler, software as a service, software engineering, software architect, software ärzte, software änderungsmanagement, software baugewerbe, hardware, hardware firewall, hardware auslesen, hardware computer, hardware kaufen oder leasen, hardware kaufen günstig, hardware kaufen unternehmen, hardware kaufen pc, hardware broker schweiz, büro hardware kaufen, hardware über firma kaufen, server hardware gebraucht kaufen, it hardware kaufen oder leasen, hardware security module kaufen, software kaufen, software kaufen schweiz, software kaufen auf rechnung, softwareentwicklung kaufen, faktura software kaufen, friseur software kaufen, forum software kaufen, software kaufen homepage, netzwerk kaufen, netzwerk kaufen pc, netzwerk switch kaufen, netzwerk hub kaufen, netzwerk server kaufen, netzwerk set kaufen, netzwerk drucker kaufen, netzwerk einrichten, büronetzwerk, büronetzwerk aufbauen, büronetzwerk einrichten, server für büronetzwerk, kleines büronetzwerk aufbauen, praxis informatik, arztpraxis informatik, informatik arztpraxis, kmu informatik, kmu informatik support, kmu informatik partner, kmu-informatik, kmu informatik zürich, kmu it, kmu it management, kmu itm, kmu it support, kmu it infrastruktur, kmu it sicherheit, kmu it lösungen, it ausgaben kmu, it consulting kmu, it dienstleister kmu, it für kmu, it notfallplan kmu, kmu-informatik, it-kosten kmu, kmu innovativ it, it organisation kmu, it outsourcing kmu, kmu it security, kmu it service, kmu it schweiz, it trends kmu, it für kmu, kmu it beratung, webdesign kmu, webdesign für kmu, kmu website, webdesign firma, it firma, firmennetzwerk, firmennetzwerk einrichten, firmennetzwerk aufbauen, it partner, it partner consulting, partner it-dienstleistungen, it partner schweiz">
    <meta name="author" content="TEQLY GmbH">
    <title>Postes vacants chez nous.</title>
    <?php include 'structure_header.php' ?>
</head>
<body>

<div id="main" style="margin-top: 7rem">
    <div class="title-row">
        <div class="title-left">
            <div class="typewriter">
                <!--EDIT HERE-->
                <h1  class="indextitle">Emplois.</h1>
            </div>
        </div>
    </div>
    <div class="index-container" style="margin-top: 4rem">
        <div  class="title-right">
            <!--EDIT HERE-->
            <h2>L'année dernière, nous avons connu une forte croissance et nous souhaitons continuer à le faire.<br>Pour cela, nous avons besoin de toi !</h2>
        </div>
        <div class="lineblack-index"></div>
        <div  class="title-right">
            <!--EDIT HERE-->
            <h2><b>Programmeur.</b><br>30% à 100%</h2>
        </div>
        <div class="header-row"style="grid-template-columns: repeat(2,auto); margin-top: 5rem;">
            <div class="index-col-left" style="max-width: 20rem;white-space: normal">
                <!--EDIT HERE-->
                <h2>Les missions:</h2>
            </div>
            <div class="index-col-right" style="width: 80%; margin-bottom: 2rem">
                <!--EDIT HERE-->
                <ul>
                    <li>Création de documents d'exigences.</li>
                    <li>Planification de projets de développement, y compris la planification des versions et des étapes clés.</li>
                    <li>Développer des sites web et des applications.</li>
                    <li>Création de documentations.</li>
                    <li>Assurer la qualité du code au moyen de tests.</li>
                </ul>
            </div>
            <div class="index-col-left" style="max-width: 20rem;white-space: normal">
                <!--EDIT HERE-->
                <h2>Qui nous recherchons:</h2>
            </div>
            <div class="index-col-right" style="width: 80%; margin-bottom: 2rem">
                <!--EDIT HERE-->
                <ul>
                    <li>Tu étudies l'informatique ou une filière technique équivalente.</li>
                    <li>Tu es une personnalité ouverte et curieuse.</li>
                    <li>Tu souhaites acquérir de l'expérience professionnelle et développer des logiciels dans le cadre d'un petit emploi du temps.</li>
                    <li>Tu as déjà acquis de l'expérience dans le développement de logiciels et tu es à l'aise avec les langages Javascript, HTML, CSS, JAVA, PHP.</li>
                    <li>Tu es prêt(e) à te familiariser avec différents langages et frameworks.</li>
                </ul>
            </div>
            <div class="index-col-left" style="max-width: 20rem;white-space: normal">
                <!--EDIT HERE-->
                <h2>Ce que nous offrons:</h2>
            </div>
            <div class="index-col-right" style="width: 80%">
                <!--EDIT HERE-->
                <ul>
                    <li>Une équipe jeune et dynamique et une structure d'entreprise non hiérarchique.</li>
                    <li>Des projets passionnants.</li>
                    <li>Un lieu de travail moderne à Glattbrugg.</li>
                    <li>La possibilité de gérer ses propres projets.</li>
                </ul>
            </div>
        </div>
        <p style="margin-top: 3rem; margin-bottom: 5rem">N'hésite pas à nous contacter si tu as des questions. Si tu te sens concerné(e) et que tu souhaites faire plus ample connaissance avec nous, contacte-nous avec ta candidature ou le lien vers ton portfolio en ligne..</p>
        <button style="margin-bottom: 3rem" class="homebtnContact" onclick="location.href='mailto:work@teqly.ch';">Postuler maintenant</button>
        <div class="lineblack-index"></div>
        <div  class="title-right">
            <!--EDIT HERE-->
            <h2>Rien ne vous convient ?</h2>
        </div>
        <p style="margin-top: 3rem; margin-bottom: 5rem">Et si aucun poste n'est actuellement à pourvoir, n'hésite pas à nous contacter. Nous nous réjouissons également de recevoir une candidature spontanée de ta part, dans laquelle tu nous montres en quoi tu peux faire avancer TEQLY.</p>
        <button style="margin-bottom: 3rem" class="homebtnContact" onclick="location.href='mailto:work@teqly.ch';">Envoyer une candidature spontanée maintenant</button>
    </div>
</div>
<br>
<?php include 'structure_footer.php' ?>
</body>
</html>
<script type="text/javascript" src="../js/script.js"></script>

