<!doctype html>
<html lang="nl">
    <head>
        <meta charset="utf-8">
		<title>Kleinscharig - Vacature</title>
		<meta name="description" content="Kleinscharig is een moderne kapsalon, voor dames & heren, in het Leusderkwartier in Amersfoort. Kom binnen en maak kennis met de vakkundigheid, persoonlijke aandacht en geniet van een lekkere kop koffie of thee.">

	    
	    <?php include'header.php' ?>


        <div class="main-container" itemscope itemtype="http://schema.org/HairSalon">
            <section class="text-center">
                <div class="container">
                    <div class="row">
                        <div class="col-sm-10 col-md-8">
                            <h1>Ben jij gewoon super goed?</h1>
                            <p class="lead"> En op zoek naar een toffe werkplek? Kleinscharig is modern, stoer en eigenzinnig. Omdat Kleinscharig snel groeit ben ik op zoek naar versterking. </p>
                        </div>
                    </div>
                </div>
            </section>

            <section>
                <div class="container">
                    <div class="row">
                        <div class="col-sm-3 col-xs-12">
                            <img alt="Enthousiast" src="img/vacature/kleinscharig-kapsalon-amersfoort-vacature-enthousiast.jpg">
                                <h2 class="mb--0">Enthousiast</h2>
                                <p class="lead"> Ben jij enthousiast en gedreven? En wil je blijven ontwikkelen? <br><br></p>
                        </div>
                        <div class="col-sm-3 col-xs-12">
                            <img alt="Creatief" src="img/vacature/kleinscharig-kapsalon-amersfoort-vacature-creatief.jpg">
                                <h2 class="mb--0">Creatief</h2>
                                <p class="lead"> Origineel. Net even anders. Eigenzinnig. Artistiek. <br><br></p>
                        </div>
                        <div class="col-sm-3 col-xs-12">
                            <img alt="Ervaren" src="img/vacature/kleinscharig-kapsalon-amersfoort-vacature-ervaren.jpg">
                                <h2 class="mb--0">Ervaren</h2>
                                <p class="lead"> Voor Kleinscharig ben ik op zoek naar iemand met salonervaring (±8 jaar). <br><br></p>
                        </div>
                        <div class="col-sm-3 col-xs-12">
                            <img alt="Communicatief" src="img/vacature/kleinscharig-kapsalon-amersfoort-vacature-communicatief.jpg">
                                <h2 class="mb--0">Communicatief</h2>
                                <p class="lead"> Luisteren. Inleven. Betrokken. Dialoog. <br><br></p>
                        </div>
                    </div>
                </div>
            </section>

            <section class="text-center">
                <div class="container">
                    <div class="row">
                        <div class="col-sm-10 col-md-8">
                            <h1>Kleinscharig biedt jou</h1>
                        </div>
                    </div>
                </div>
            </section>
            
            <section>
                <div class="container">
                    <div class="row">
                        <div class="col-sm-6">
                            <div class="feature feature-5 boxed boxed--lg boxed--border"> <i class="icon icon-Shop icon--md"></i>
                                <div class="feature__body">
                                    <h3>Een gezellige werkplek</h3>
                                    <p> Gevestigd in een sfeervol oud winkelpand in het Leusderkwartier. Het is een lekker licht pand in een gezellige buurt.  </p>
                                </div>
                            </div>
                        </div>
                        <div class="col-sm-6">
                            <div class="feature feature-5 boxed boxed--lg boxed--border"> <i class="icon icon-Diploma-2 icon--md"></i>
                                <div class="feature__body">
                                    <h3>Trainingen en cursussen</h3>
                                    <p> Vind jij het ook belangrijk geïnspireerd te worden en op de hoogte te blijven van de laatste trends? Voel je thuis bij Kevin Murphy en ontdek de nieuwste trends. </p>
                                </div>
                            </div>
                        </div>
                        <div class="col-sm-6">
                            <div class="feature feature-5 boxed boxed--lg boxed--border"> <i class="icon icon-Clock icon--md"></i>
                                <div class="feature__body">
                                    <h3>Part-time werkweek</h3>
                                    <p> Twee of liever drie dagen? Daar komen we samen wel uit. </p> 
                                </div>
                            </div>
                        </div>
                        <div class="col-sm-6">
                            <div class="feature feature-5 boxed boxed--lg boxed--border"> <i class="icon icon-Laughing icon--md"></i>
                                <div class="feature__body">
                                    <h3> Avonden en de zaterdag </h3>
                                    <p> De avonden in de salon zijn gezellig, die wil je niet missen. De zaterdag is optioneel. </p> 
                                </div>
                            </div>
                        </div>
                        <div class="col-sm-6">
                            <div class="feature feature-5 boxed boxed--lg boxed--border"> <i class="icon icon-Hello icon--md"></i>
                                <div class="feature__body">
                                    <h3>Ruimte voor eigen initiatief</h3>
                                    <p> Ik vind het belangrijk en ook leuk wanneer je initiatief toont en ideeën inbrengt.  </p> 
                                </div>
                            </div>
                        </div>
                        <div class="col-sm-6">
                            <div class="feature feature-5 boxed boxed--lg boxed--border"> <i class="icon icon-Scissor icon--md"></i>
                                <div class="feature__body">
                                    <h3>Stressloos werken</h3>
                                    <p> Kleinscharig staat voor persoonlijke aandacht en tijd voor de klant. Dit maakt je werk leuker, uitdagender en als het goed is stressloos. </p> 
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </section>            
            
            <section class="switchable switchable--">
                <div class="container">
                    <div class="row">
                        <div class="col-sm-6 col-md-5">
                            <div class="mt--3">
                                <h1>Solliciteer dan nu <br>snel via de mail</h1>
                                <p class="lead"> Stuur mij je CV en motivatie. </p>
 								<a class="btn btn--primary btn--lg type--uppercase" href="mailto:info@kleinscharig.nl?subject=Solliciatie Kleinscharig"> <span class="btn__text">Solliciteer</span> </a>
                            </div>
                        </div>
						<div class="col-sm-6 col-md-5"> <img alt="Image" class="border--round box-shadow-wide" src="img/vacature/kleinscharig-kapsalon-amersfoort-barbara2.jpg"> </div>

                    </div>
                </div>
            </section>
        </div>
 
   	    <?php include'footer.php' ?>

        <script async src="js/jquery-3.1.1.min.js"></script>
        <script async src="js/isotope.min.js"></script>
        <script async src="js/parallax.js"></script>
        <script async src="js/smooth-scroll.min.js"></script>
        <script async src="js/scripts.js"></script>

    </body>

</html>
