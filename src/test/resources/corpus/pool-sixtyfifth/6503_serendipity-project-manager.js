import Navbar from '../components/Navbar'
import Footer from '../components/Footer'
import '../pages/styling/jobs.scss'

export default function Jobs() {
  return (
    <div className='container'>
      <Navbar />
        <div id='jobs'>
          <section className='jobsSection'>
          <h1>JOB DESCRIPTION & PERSON SPECFICATION</h1>
            <br></br>
            <h3>
            Serendipity Creative Writers is a Kirklees based UK Registered Charity with
            governance and accountability frameworks established by the Board of Trustees.
            We have a full time role for a period of 4 years to lead this small charity through
            an important stage in its development and ensure the delivery of the mission and objectives.
            We deliver Creative Writing Workshops to support people with complex mental
            health issues in community facilities across Kirklees. We promote Good Mental Health,
            by collaborating with Mental Health Services to deliver projects incorporating The Arts.
            We are seeking an individual who will take overall responsibility for
            the Charity management and administration. A skilled Project Manager
            to develop a business plan that will deliver the organisation's objectives.
            Someone who can contribute to the design of the Creative Writing Workshops to increase the scope and benefits.
            </h3>
            <br></br>
            <h4>
            Duties

              · work with the Trustees to develop a Business Development Plan

              · work with the Trustees to ensure fulfilment of legal and financial responsibilities

              · manage and oversee project timelines, resources, and budgets

              · contribute to the composition of workshop content

              · deliver the workshops to meet a planned schedule

              · manage the team of volunteers

              · progress the Fundraising Strategy to maximise Fundraising and Grant opportunities to ensure a long-term sustainable income

              · develop creative writing business streams within Corporate organisations as a fundraising opportunity for the Charity

              · ongoing reporting of delivery progress both within the Charity and to Funding Partners

              · prepared to work flexible hours within a 37 hours’ framework.

            Qualifications

              · Creative Writing experience with a preference of having published work

              · excellent presentation and communication skills to effectively liaise with team members and stakeholders and external Partners

              · experience in UK Charity

              · experience in project and product management, financial management

              · ability to build strong relationships with potential funders and write major bids

              · work in a creative and inspiring way that will engage others

              · ability to think strategically

              · educated to degree level minimum 2.2
            </h4>
            <br></br>
            <h4>
            If you are a proactive individual with a passion for Creative Writing, Business Development, Project Management in a Charity environment and possess the necessary skills to drive successful project outcomes, we encourage you to apply for this exciting opportunity.

            Application Information: Please submit a full CV with a covering letter explaining the fit between your skills and experience and this post.

            Closing date for applications: 09.09.2024

            Interviews:

            Hours of work: Full time – 37.5 hours per week with additional evening and weekend working as required for events. Flexible to meet business needs work from home and on site.

            Salary: £28,000 and subject to experience including expenses.

            Location: Kirklees, and wider has growth and expansion dictates.

            Reporting Structure: The PROJECT MANAGER reports to the Chair of the Board of Trustees.

            OWN VEHICLE REQUIRED (travel expenses provided) & clean licence
            </h4>
          </section>
        </div>
      <Footer />
    </div>
  )
}
