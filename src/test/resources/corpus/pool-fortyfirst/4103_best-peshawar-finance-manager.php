<p align="center"><strong>JOB ANNOUNCEMENT</strong><strong> </strong></p>
<p align="center">January   05, 2008 </p>
<p>BEST (<strong>Basic  Education and Employable Skill Training</strong>) is non-profit and development oriented  organization working as implementing partner of UNHCR,UNICEF, WFP, UNODC, UN  HABITAT and NEF.<br />
  We are looking for a qualified and dynamic professional  for the following Position based in Main Office Peshawar:</p>
<h1>FINANANCE MANAGER</h1>
<p><strong>MINIMUM QUALIFICATIONS:&nbsp; </strong>M.COM, MBA (Finance)<strong> </strong>or<strong> </strong>CA Inter<strong>.</strong><br />
  <strong>EXPERIENCE</strong>:&nbsp;&nbsp;&nbsp; At least five years experience of which three years in a similar position with a  Government or Non Government Organization. Should have strong analytical and  report writing skills, as well as strong IT skills, with excellent command over  written and verbal English and proficient in MS Office.</p>
<p><strong>Roles &amp; Responsibilities:</strong></p>
<ol>
  <li><span dir="ltr">Prepare  annual budgets in close liaison with Managing Director of the Organization. </span></li>
  <li><span dir="ltr">Analyze  prepare monthly, quarterly and annual financial reports to donor organizations. </span></li>
  <li><span dir="ltr">Reviews, audits, and reconcile monthly, Quarterly and annual  financial reports.</span></li>
  <li><span dir="ltr">Ensure bank reconciliation on monthly basis.</span></li>
  <li><span dir="ltr">Ensure that all financial procedures for procurement, petty cash, random  cash check and internal control are in place and adhered to.</span></li>
  <li><span dir="ltr">Guide and support accountants/finance assistants and ensure proper  filing and recording/documentation of all financial expenditures.</span></li>
</ol>
<p>&nbsp;<br />
  <strong><u>Remuneration</u></strong><strong>:&nbsp;&nbsp;&nbsp;&nbsp; </strong>is negotiable</p>
<p>Please send your CVs with covering letter (not more than 2 pages)  explaining how you fit the criteria and why you would be an asset for BEST.<br />
  Only short listed candidates will be contacted for interview. <br />
  The last Date for submission of application is 17th January, 2008.</p>
<p>Address: 31-D kangra House, circular Lane.<br />
  University town Peshawar.Ph# +92-91-5852209/5852210.<br />
  Email: <a href="mailto:bestpak@cyber.net.pk/">bestpak@cyber.net.pk/</a> bestpak@brain.net.pk</p>