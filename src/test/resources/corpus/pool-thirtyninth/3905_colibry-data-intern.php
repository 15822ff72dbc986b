<?php get_header(); ?>

<section class="hero-section">
    <div class="container">
        <div class="hero-content">
            <h1 class="text-center">
                <span>Data scientist/analyst</span>
                <span class="blue-text">engineer</span>
                <span class="yellow-text">.</span>
            </h1>
            <p class="text-center tagline">Will you become our next software back-end engineer?</p>
        </div>
    </div>
</section>


<section class="mt-5">
    <div class="container">

        <h3 class="wp-block-heading">Working at Colibry</h3>
        <p>Colibry is an international start-up that has been active for more than 5 years in the real estate market. By making a real-estate portal as data-driven as possible, we are able to achieve our goal, to personalize the customer journey as much as possible. Recently, we extended our focus to other kinds of portals.</p>
        <p>We offer data, AI & ML services to our business customers. Our customers and their users provide us with data through REST APIs. This data is analysed and stored in an asynchronous way after which it is retrieved through REST APIs.</p>
        <p>We have a flat hierarchy where everybody’s voice is equal and equally heard. Our young and flexible team is always ready to achieve the next goal and capture the opportunities. Even though we are a remote team, the team-spirit is never far.</p>
        <p>We search for a team-player who can also work autonomously and takes responsibility for his link in the chain. Problem-solving is one of your strengths and you will never be afraid to give or receive constructive feedback.</p>

        <h3 class="wp-block-heading mt-3">Your role & expectations</h3>
        <p>You’ll be working on optimizing our solutions and developing POCs.</p>
        <p>Possible projects</p>
        <ul>
            <li>Dashboarding</li>
            <li>Optimalisation NLP</li>
            <li>Optimalisation CV</li>
            <li>Building a data-driven poc</li>
            <li>Customer segmentation</li>
            <li>Customer profiling</li>
        </ul>
        <h3 class="wp-block-heading mt-3">Profile</h3>
        <p>Colibry is searching a data enthusiastic problem-solver which knowledge of the capabilities of AI without forgetting the end goal. We search for a team-player who can also work autonomously and takes responsibility for his link in the chain.</p>
        <h3 class="wp-block-heading mt-3">This is you</h3>
        <ul>
            <li>Strong analytical background (AI, ML, maths,…)</li>
            <li>Knowledge of Python</li>
            <li>Nice to have skills: Git, Google Cloud Platform, SQL, Scala, PySpark</li>
        </ul>
        <h3 class="wp-block-heading mt-3">Colibry offers you</h3>
        <p>We offer you a fun experience with our young and dynamic team. You will be given the resources you desire to fully develop your skills. You will help shape the future of Colibry. In addition, we offer you flexibility in a lot of ways. There is always a possibility for a job offer at the end of the intership.</p>
        <div class="mt-3 mb-3 text-center-lg">
            <a href="mailto:tech@co-libry.com" class="btn btn-blue smooth">
                Apply now →
            </a>
        </div>
</section>

<?php get_footer(); ?>