
<?php get_header(); ?>


<section class="hero-section">
    <div class="container">
        <div class="hero-content">
            <h1 class="text-center">
                <span>Software back-end</span>
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
        <p>You get the role of back-end developer and work closely with our data scientist and web developer to design, build, test, and maintain data management systems and the connected web services. Make sure our data scientist doesn’t go too wild and collaborate to bring his models to production.</p>
        <p>Our stack</p>
        <ul>
            <li>Python is our native language</li>
            <li>Experience with GCP is preferred</li>
            <li>Experience in CI/CD, Elasticsearch, Docker, Flask,… is preferred</li>
            <li>A keen interest in working with large amounts of data (ETL, analytics, SQL…)</li>
        </ul>
        <p>Soft skills</p>
        <ul>
            <li>Good understanding of software development principles</li>
            <li>A keen interest in working with large amounts of data</li>
            <li>The ability to work independently and take ownership of your work</li>
            <li>The ability to clearly communicate your ideas with the rest of the team</li>
            <li>The desire to emerge yourself in the world of data and cloud technologies</li>
            <li>Willingness to be entrepreneurial within the company</li>
        </ul>
        <p>We welcome people with a computer science master’s degree, a dedicated data engineering degree, or equivalent through experience. We are open for both junior and senior applicants.</p>

        <h3 class="wp-block-heading mt-3">What we offer</h3>
        <p>We offer you a fun experience with our young and dynamic team. You will be given the resources you desire to fully develop your skills. You will help shape the future of Colibry. In addition, we offer you flexibility in a lot of ways.</p>
        <p>Job types: Full-time, permanent, B2B contract when outside Belgium</p>

        <div class="mt-3 mb-3 text-center-lg">
            <a href="mailto:tech@co-libry.com" class="btn btn-blue smooth">
                Apply now →
            </a>
        </div>
</section>

<?php get_footer(); ?>