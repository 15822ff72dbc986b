	<section class="w3l-about1">
		<p>&nbsp;</p>
		<p>&nbsp;</p>
		<p>&nbsp;</p>
	</section>
	<section class="w3l-about2">
		<div class="features-main py-5">
			<div class="container py-lg-3">
				<h3 class="stat-title">Communications and Engagement Graduate Trainee</h3>
			</div>
		</div>
	</section>

	<section class="w3l-about4">
		<div class="contact1-bg py-0">
			<div class="container py-lg-3">
				<div class="contact-main row align-items-center">
					<div class="col-md-12">
						<div class="column">
						    <h4 class="header mb-4">Expected start date: <span style="color:#6c757d">August 1, 2022 or earlier</span></h4>
                            <h4 class="header mb-4">Duration:  <span style="color:#6c757d">6 months with possibility to extend</span></h4>
                            <h4 class="header mb-4">Probation period: <span style="color:#6c757d">3 months</span></h4>
                            <h4 class="header mb-4">Compensation: <span style="color:#6c757d">Modest Stipend</span></h4>
                            <h4 class="header mb-4">Mentor/supervisor: <span style="color:#6c757d">Marketing and Communications Lead</span></h4>
                            <h4 class="header mb-4">Location/Duty station: <span style="color:#6c757d">Both virtual and physical - Makerere University, Kampala, Uganda.</span></h4>

							<h3 class="header mb-4">Description</h3>
							<p class="head-main mb-3">
								We are looking for a Communications and Engagement Graduate Trainee to join <a href="https://airqo.net/" target="_blank">AirQo</a> and be part of the team dedicated to closing the gaps in air quality data in Uganda and across Africa through low cost air quality monitoring and multi-sectoral collaborations and engagements. Since 2018, AirQo has deployed its high resolution air quality monitoring network in Uganda and across other African Cities. The data collected is then used to influence policy decisions and to raise awareness of clean air.
							</p>
							<p class="head-main mb-3">
							    This program is designed for recent graduates looking to kick start a career in Communications, Marketing, and Engagement. During the program, you will be exposed to cross-functional operations and activities within the marketing and communications function including community outreach programs and advocacy, content creation, social media and digital engagements, brand management,  market research, public relations and events coordination such as workshops and training, delivering an all-around experience.
							</p>
							<p class="head-main mb-3">
							    The program comprises training in the form of hands-on working experience, making it the perfect start to your career.
							</p>
							<p class="head-main mb-5">
							    We are looking for passionate, highly motivated, dynamic, creative, exceptionally bright and talented individuals, who can collaborate with and learn from our experienced team.
							</p>

                            <h4 class="header mb-3">Primary Responsibilities</h4>
                            <ul class="head-main mb-5" style="margin-left: 50px">
                              <li style="margin-top:10px;color:#6c757d">Support day to day work of the communications team to achieve set objectives.</li>
                              <li style="margin-top:10px;color:#6c757d">Work closely with teams across the organization to create and deliver content for a range of communications channels including the website, blogs, videos, social media and newsletters.</li>
                              <li style="margin-top:10px;color:#6c757d">Support and coordinate marketing events, including launch events, conferences and exhibitions.</li>
                              <li style="margin-top:10px;color:#6c757d">Work closely with the Marketing and Communications Lead in preparing marketing proposals and presentations based on company needs</li>
                              <li style="margin-top:10px;color:#6c757d">Conduct periodic research on different consumer opinions on different topics, determining how those trends may impact AirQo’s business strategy. Also assist in measuring consumer satisfaction with our products or services and propose adjusting tactics as needed.</li>
                            </ul>

                            <h4 class="header mb-3">Person Specification</h4>
                            <ul class="head-main mb-5" style="margin-left: 50px">
                              <li style="margin-top:10px;color:#6c757d">Demonstrate passion for the marketing industry and its best practices</li>
                              <li style="margin-top:10px;color:#6c757d">A strong professional drive with keenness to learn and take direction.</li>
                              <li style="margin-top:10px;color:#6c757d">Excellent verbal and written communication skills</li>
                              <li style="margin-top:10px;color:#6c757d">Good organizational skills with an ability to manage own workload and priorities in order to meet deadlines, and respond to changing work requirements.</li>
                              <li style="margin-top:10px;color:#6c757d">Ability to produce work of a high standard with a high level of attention to detail.</li>
                            </ul>

                            <h4 class="header mb-3">Essential</h4>
                            <ul class="head-main mb-5" style="margin-left: 50px">
                              <li style="margin-top:10px;color:#6c757d">Bachelor’s degree in Journalism, Marketing, Digital communications or any other related subject obtained within the last 1-2 years </li>
                              <li style="margin-top:10px;color:#6c757d">Access to a laptop and reliable internet connection</li>
                              <li style="margin-top:10px;color:#6c757d">Ability to communicate complex ideas in writing</li>
                              <li style="margin-top:10px;color:#6c757d">Ideation and creativity i.e. thinking outside the box</li>
                            </ul>

                            <h4 class="header mb-3">Desirable</h4>
                            <ul class="head-main mb-5" style="margin-left: 50px">
                              <li style="margin-top:10px;color:#6c757d">Passion for Air Quality and the issues that affect people’s lives </li>
                              <li style="margin-top:10px;color:#6c757d">Willingness to travel in Uganda and the wider region as required</li>
                              <li style="margin-top:10px;color:#6c757d">Written and spoken fluency in a local or regional language</li>
                            </ul>

                            <p class="head-main mb-3">Challenge yourself, join the Marketing and Communications team at AirQo, and contribute to the effort to achieve Clean Air for all African Cities. </p>

                            <p class="head-main mb-3"><strong style="color:#0f0f1a">Submit your application! Deadline Monday 11th July 2022, 11 pm EAT.</strong> </p>

                            <p class="head-main mb-3">Only shortlisted candidates will be contacted.</p>

                            <p class="head-main mb-3">To Apply: Please use <a href="https://docs.google.com/forms/d/1EAvu5TVQov6lciToucKi9WiSPg2GqQnVBdEU59GxxlA/edit" target="_blank">this form</a> </p>
						</div>
					</div>
				</div>
			</div>
		</div>
	</section>

	<section class="w3l-about6 py-5">
		<div class="container py-md-3 text-center">
			<div class="heading text-center mx-auto">
				<h3 class="head">Know the air in locations that matter to you</h3>
				<p class="my-3 head">Download the AirQo app</p>
			</div>
			<div class="buttons mt-4">
				<a href=<?= APPLE_APP_LINK; ?> class="btn mr-2">
					<img src="<?= base_url(); ?>assets/images/download2.png" width="200" class="img-fluid">
				</a>
				<a href=<? ANDROID_APP_LINK; ?> class="btn mr-2">
					<img src="<?= base_url(); ?>assets/images/download1.png" style="height: 62px !important;" width="200" class="img-fluid">
				</a>

			</div>
		</div>
	</section>