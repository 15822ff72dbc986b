<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="nl" lang="nl">
<head>
	<?php include './common/head-tag.php'; ?>
	<title>Online Psycholoog Vacatures | Psychotherapeut Jobs | Openstaande vacatures</title> 
	
        <meta name="keywords" content="jobs, psycholoog, psychotherapeut, openstande vacatures">
        <meta name="description" content="Jobs psycholoog psychotherapeut. Openstaande vacatures. Informatie over ons bedrijf.">

</head>
<body>
<div id="container" class="home">

	<?php include './common/header.php'; ?>

	<div id="main-bd" class="widget">
		<div class="container wrap">			
			<div class="inner">						
				<div class="half-column">
					<div class="info">
					

					 
						<h1> 
						Online Psycholoog Vacatures / Psychotherapeut Job
						</h1> 
						 
						<p class="welcome"> 
						Wilt u met ons werken?
						</p>
						
						<h3>
						Profiel kandidaat: 
						</h3> 
						 
						<ul class="simple-list">

                                                        <li>Psycholoog (Klinisch/GZ) of psychotherapeut</li>
                                                        <br />

							<li>U bent een stabiele professional: deskundig, zelfstandig en integer.</li> 
                                                         <br />
							<li>U bent op zoek naar flexibele parttime werk.</li>
                                                        <br />
                                                        <li>U wilt vanuit huis werken.</li>
                                                							
						</ul>
						<br />
						 
						<h3>Bent u geïnteresseerd?</h3>
						 
						<p> 
                                                Stuur ons dan uw resumé en een korte begeleidende brief.
                                                </p> 
						 		
						<h4>
                                                Contact: info @ therapion.com
                                                </h4>
						 
                                                <br />

						<p>
                                                Vragen? We geven u graag meer informatie. 
                                                </p>
						
						<p>
						<a class="standardsButton" href="./nlformklantenservice.php">Klantenservice</a>     
						</p> 		
						 				 
						 
						
					</div>					 
				</div><!-- FIN COLUMNA1 -->
				<div class="half-column">
					<div class="info">
					  
                                        <h2>Onderneming - Informatie over ons</h2>
					 
					<p>
                                        Therapion Consulting biedt psychologische hulp via internet. Onze onderneming werd opgericht in 2005 in Helsinki, Finland.
                                        Directeur van het bedrijf is M. Timo Kojonen, M.Sc., M.Psych., MBA.
                                        </p>


					<br />
					 
					
					
					 <h3>Uw mening is waardevol!</h3>
					
					
					 <p>
                                         Suggestie of klacht? Stuur ons uw suggestie! Samen met u werken aan een optimale dienstverlening - dat is het idee.
                                         </p>

                                         <p>
                                        Voor meer informatie, neem contact op met onze <a class="link" href="./nlformklantenservice.php">Klantenservice <img src="../assets/images/internal-link.png" /></a>
                                         </p>

                                         <br />

                                         </p>

	 
	 				  <img class="scale-with-grid" src="../assets/images/onderneming.jpg" "Ons hoofdkantoor is gevestigd in Helsinki, Finland." />
						 
					
						




					
						
					</div>					
				</div>					
				<div class="clr"></div>
			</div>			
		</div>			
	</div>	
</div>
	
	
	
	<div id="toTop"></div>

	<?php include './common/footer.php'; ?>
</div>
<?php include './common/fast.js.php'; ?>
</body>
</html>