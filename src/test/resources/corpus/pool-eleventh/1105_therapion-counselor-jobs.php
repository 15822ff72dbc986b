<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
	<?php include './common/head-tag.php'; ?>
	<title>Online Counseling Jobs. Counselor Psychotherapist Therapist Jobs. 
	</title> 
	<meta name="keywords" content="counseling jobs, therapy jobs, psychotherapist jobs, company information."> 
	<meta name="description" content="Would you like to be part of our counseling team? Please click here to see the list of currently open positions.">
</head>
<body>
<div id="container" class="home">

	<?php include './common/header.php'; ?>

	<div id="main-bd" class="widget">
		<div class="container wrap">			
			<div class="inner">						
				<div class="half-column">
					<div class="info">
					
						<h1>Jobs: Counselor, Psychologist, or Psychotherapist</h1>
						 <br />
						 
						
						<h2>
						Desired Qualifications:
						</h2> 
						 
						<ul class="simple-list">
							<li>Master's degree in counseling, clinical psychology, psychotherapy, or the equivalent.  </li> 
							<li>Good Internet skills</li>
                                                        <li>Basic knowledge of social media</li>
							<li>Work home-based, part-time & online</li>
						</ul>
						<br />			 
					
					 <h3>Special Instructions to Applicants</h3>
						 
						<p> 
						Please send us your resume and a brief cover letter by email.  
						</p> 
						 
						<p> 
						Entitle your message: "Counselor, Psychologist, or Psychotherapist"  
						</p> 
						<br />
						
						<h3>Contact</h3>
						<p> 
						Email: info @ therapion.com <br>(Please remove the spaces) 
						</p> 
						 
						<p> 
						If you have questions about this job position, please contact us.
						</p> 
						
						<p>
						<a class="standardsButton" href="./formcustomerservice.php">Contact us</a>     
						</p> 	
					
						
				</div>					 
			</div><!-- FIN COLUMNA1 -->
			<div class="half-column">
				<div class="info">

                                        <h2>Company Information</h2>
					 
					<p> 
					Therapion Consulting is a private company specializing in mental health services and coaching. Our company was founded in 2005. Our world headquarters are located in Helsinki, Finland.
                                        </p>

                                        <p>
                                        Timo Kojonen, M.Sc., M.Psych., MBA serves as CEO of the company.    
					</p> 
					
				
				        <p>
                                        For further information, <a class="link" href="./formcustomerservice.php">Contact us <img src="./assets/images/internal-link.png" /></a>
					</p>
					<br />
					 	
	 
							
						 
					<h3>We Recommend</h3> 
					
					 
					<ul class="external-links">
						<li><a href="./news.php">Press & Media <img src="./assets/images/internal-link.png" /></a></li> 
						<li><a href="./friends.php">Our Global Partners <img src="./assets/images/internal-link.png" /></a></li>
					</ul>
					<br />
	 
	 				<img class="scale-with-grid" src="./assets/images/office.jpg" alt="Contact our office for further information on job opportunities." />


						
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