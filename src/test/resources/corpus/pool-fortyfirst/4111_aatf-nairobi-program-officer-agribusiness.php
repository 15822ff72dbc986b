<!doctype html>
<html class="no-js" lang="zxx">

<head>
    <meta charset="utf-8">
    <meta http-equiv="x-ua-compatible" content="ie=edge">
    <title> Opportunities </title>
    <meta name="description" content="">
    <meta name="viewport" content="width=device-width, initial-scale=1">

    <!-- Favicons -->
    <link rel="shortcut icon" href="images/favicon.ico">
    <link rel="apple-touch-icon" href="images/icon.png">

    <!-- Google font (font-family: 'Roboto', sans-serif;) -->
    <link href="https://fonts.googleapis.com/css?family=Roboto:300,400,500,700" rel="stylesheet">
    <!-- Google font (font-family: 'Roboto Condensed', sans-serif;) -->
    <link href="https://fonts.googleapis.com/css?family=Roboto+Condensed:300,400,700" rel="stylesheet">

    <!-- Stylesheets -->
    <link rel="stylesheet" href="css/bootstrap.min.css">
    <link rel="stylesheet" href="css/plugins.css">
    <link rel="stylesheet" href="style.css">
	
	<!-- Search -->
	<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/font-awesome/4.7.0/css/font-awesome.min.css">
	<link rel="stylesheet" href="css/toggled-search-bar.css">  

    <!-- Cusom css -->
    <link rel="stylesheet" href="css/custom.css">

    <!-- Modernizer js -->
    <script src="js/vendor/modernizr-3.5.0.min.js"></script>
	<style>  
			.slide-h5{ color:#507536; font-size:24px; font-weight:700; }
			.slide-bg{ background:rgba(255,255,255,0.9); width:100%; padding:20px 25px; }
			.header-h2{ color:#AC832D; font-weight:bold;  }
			.header-h2-2{ color:#507536; font-weight:bold;  }
			.header-h3{ color:#007D32; text-align:justify;  }
			.header-h4{ color:#922E91; font-weight: bolder; border-left:4px solid #F3B71B; padding-left:4px; }
			.header-h5{ color:#283B1B;  }
			.a-link{ font-size:12px; }
			hr { margin-top: 1px; margin-bottom: 15px; background: #dddddd; }
			h6 { font-weight:bold; margin-top:10px; }
			.pg { margin:2px 1px;  } 
			.pg-img { width:100%; margin-bottom:-90px; z-index:100;  } 
			.pg-text { width:100%; background:#c5e0b1; padding-top:100px; padding-left:5px; padding-right:5px; min-height:420px;  } 
			.counter { padding: 5px;  background:#EFB41A; }
			.counter-pg { margin:2px 7px;  }
	</style>
</head>

<body>
     
		 
	 

    <!-- Add your site or application content here -->

     

    <!-- Main wrapper -->
    <div class="wrapper" id="wrapper">

        <!-- Header -->
        <?php include_once 'header.php'; ?>
        <!-- //Header -->

        <!-- Breacrumb Area -->
		<div class="breadcrumb-area-about"> 
                <div class="row">
                    <div class="col-xl-6 col-md-6">
                        <div class="cr-breadcrumb" >
                            <h1>OPPORTUNITIES </h1> 
                        </div>
                    </div>
                </div>
            
        </div> 
        <!--// Breacrumb Area -->

        <!-- Page Content -->
        <main class="page-content">

            <!-- Feature Area -->
            <section id="feature-area" class="feature-area section-padding-xs bg-grey2">
                <div class="container">
                    <div class="row justify-content-center services-grid">

                        <!-- Signle Service -->
                        <div class="col-xl-8 col-lg-8 col-md-8 col-sm-7 col-12" style="padding-right:30px;">
                             <h2 class="header-h2"> Program Officer – Agribusiness </h2>
							 <h5><b>Duty Station:</b> Nairobi <br>  <b>Contract Type:</b> Full Time <br> 
							 <b>Department:</b> Program Development & Commercialization ( PDC) <br> 
							 <b>Date Posted:</b> 12/04/2020 </h5>
							 <p style="text-align:justify;">AATF is an international not-for-profit organisation that facilitates and promotes public/private partnerships to promote food security and enhance livelihoods of smallholder farmers in SSA.  AATF works with African governments, private and public technology owners and developers, NGOs, seed companies, and African smallholder farmers to identify and access technologies that address farmers’ key problems and empower them through the availability of a choice of
agricultural innovations that generate wealth and health for their families and communities. AATF is a registered charity under the laws of England and Wales and has host country status with the Government of Kenya. The Foundation
depends on the ongoing support and collaboration of different partners and investors to meet its objectives.</p>
<p style="text-align:justify;">
Under the direct supervision of the Agribusiness Development Manager,  the officer shall provide technical support on Agribusiness Development, conduct baseline and feasibility studies, and drafting concept notes, business plans, market and impact assessment for all AATF projects.</p>

<p style="text-align:justify;">Functions / Key Results Expected</p>
<ul><li>
Support the Agribusiness Development Manager in conducting baseline and feasibility studies, and drafting concept  	      	   notes, business plans, market and impact assessment for all AATF projects.
</li>
<li>Assist in project management and coordination including financial reporting to ensure attainment of set milestones
</li>
<li>Ensure coordination and implementation of agribusiness development activities, and action plans within AATF projects 	   i.e. identification and conducting of training on agribusiness components of projects, inform market linkages for
   AATF projects (identification of suitable project partners, developing commercialization pathway for projects)
</li>
<li>Assist in the identification of training needs and in organizing agribusiness training for project partners as deemed
  appropriate
</li>
<li>Assist in the creation of market access and linkages
</li>
<li>Provide administrative and technical support for any assignments required by the Agribusiness Unit and other PDC
   managers
</li>
<li>Ensure coordination and implementation of agribusiness development activities, and action plans within AATF projects 	   i.e.: identification and conducting of training on agribusiness components of projects, inform market linkages for AATF 		   projects (identification of suitable project partners, developing commercialization pathway for projects)
</li>
<li>Contribute to the design of strategies to strengthen AATF presence in Sub Saharan Africa i.e., development of concept  	   notes and proposals to advance AATF work in SSA, align AATF work with strategic objectives</li>
</ul>

<p>Impact of Results:</p>

<p style="text-align:justify;">The key results have an impact on AATF’s corporate brand positioning, visibility, and reputation, including overall success with the implementation of AATF projects, initiatives, and strategies. The results will build AATF as a strong development partner.</p>

<p style="text-align:justify;">Corporate Competencies:</p>

<ul>
<li>Ability to build and sustain relationships with key constituents (donors, research institutions, media, government
   institutions, etc.)
</li>
<li>Ability to work in a multidisciplinary and multi-sectoral environment.
</li>
<li>High-level interpersonal and cross-cultural skills including the ability to build alliances and collaborative relationships 	    	   with sensitivity to diversity.
</li>
<li>Ability to maintain high standards of integrity; establish straightforward, productive relationships; treating individuals 	   	   with fairness and respect.
</li>
<li>Excellent writing and editing skills
</li>
<li>Fluency in English. Knowledge of French or Portuguese would be an added advantage</li>
</ul>

<p style="text-align:justify;">Recruitment Qualifications</p>

<p>Education:</p>

<ul>
<li>Master’s degree in Agricultural Economics or any other related and equivalent disciplines from a recognized institution</li>
</ul>

<p>Experience:</p>

<ul><li>At least Five (5) years’ experience in agricultural value chains</li>
    <li>Documented experience in conducting baseline. feasibility studies, market and impact assessments</li>
    <li>Experience and knowledge in various agricultural Technologies</li>
    <li>Proven experience linking farmer businesses to diverse types of markets</li>
    <li>Proven experience developing training programs for smallholder farmers</li>
</ul>

<p>Language Requirements:</p>
<ul><li>Fluency in written and spoken English.</li>
    <li>Working knowledge of French would be an added advantage</li>
</ul>

<p>Submission of Applications</p>

<p style="text-align:justify;">Qualified candidates are invited to send their applications on or before 4 December 2020 to aatf-hr@aatf-africa.org and clearly indicate on the email subject –Program Officer – Agribusiness. Only short-listed candidates will be contacted.</p>


<p style="text-align:justify;">African Agricultural Technology Foundation is an equal opportunity employer; committed to diversity and inclusion within its workforce, and encourages qualified female and male candidates from all religious and ethnic
backgrounds and any other diversity groups to apply and become a part of our organization.
</p>
                        </div>
                        <!--// Signle Service -->

                        <!-- Signle Service -->
                        <div class="col-xl-4 col-lg-4 col-md-4 col-sm-5 col-12">
                             <h4 class="header-h4"> AATF CAREERS </h4>
							 <h5 class="header-h5">Program Officer</h5>
							 <a href="#" class="cr-btn2">LEARN MORE</a> 
							 <hr>
							 <h5 class="header-h5">Program Officer</h5>
							 <a href="#" class="cr-btn2">LEARN MORE</a> 
							 <hr>
							 <h5 class="header-h5">Program Officer</h5>
							 <a href="#" class="cr-btn2">LEARN MORE</a> 
							 <hr>
							 <h5 class="header-h5">Program Officer</h5>
							 <a href="#" class="cr-btn2">LEARN MORE</a> 
							 <hr>
							 <h5 class="header-h5">Program Officer</h5>
							 <a href="#" class="cr-btn2">LEARN MORE</a> 
							 <hr>

                        </div>
                        <!--// Signle Service -->

                         

                    </div>
                </div>
            </section>
            <!--// Feature Area -->
			
			 
			
			<!-- Call To Action Area -->
            <section style="background:#3b5d22; padding:20px 10px; color:#FFFFFF;">
                <div class="container">
                    <div class="row">
					
						<div class="col-md-4">
							<div class="row">
								<div class="col-md-2 col-sm-2 col-xs-" style="padding-top:12px;"> <img src="images/icons/FOOTER-CALL-BUTTON.png" /> </div>
								<div class="col-md-10 col-sm-10 col-xs-10 ">CALL US TODAY <br> <b>254-20 422 3700</b> </div>
							</div> 
						</div>
						
						<div class="col-md-4">
							<div class="row">
								<div class="col-md-2 col-sm-2 col-xs-" style="padding-top:12px;"> <img src="images/icons/FOOTER-LOCATION-ICON.png" /> </div>
								<div class="col-md-10 col-sm-10 col-xs-10 ">NAIROBI, KENYA <br> <b>  Naivasha Rd</b> </div>
							</div> 
						</div>
						
						<div class="col-md-4">
							<div class="row">
								<div class="col-md-2 col-sm-2 col-xs-" style="padding-top:12px;"> <img src="images/icons/FOOTER-EMAIL-ICON.png" /> </div>
								<div class="col-md-10 col-sm-10 col-xs-10 "> EMAIL <br> <b>  aatf@aatf-africa.org</b> </div>
							</div> 
						</div>
						
                    </div>
                </div>
            </section>
            <!--// Call To Action Area -->

             

        </main>
        <!--// Page Content -->


        <!-- Footer Area -->
        <?php include_once 'footer.php'; ?>
        <!-- //Footer Area -->

    </div>
    <!-- //Main wrapper -->

    <!-- JS Files -->
    <script src="js/vendor/jquery-3.2.1.min.js"></script>
    <script src="js/popper.min.js"></script>
    <script src="js/bootstrap.min.js"></script>
    <script src="js/plugins.js"></script>
    <script src="js/active.js"></script>
    <script src="js/scripts.js"></script>
</body>

</html>