Post-Doctoral Research Associate, Cambridge
%%%
<a id="top"> </a><h1>Post-Doctoral Research Associate, St. Edmund's College, University of Cambridge</h1>
<p>
THE FARADAY INSTITUTE FOR SCIENCE AND RELIGION
RESEARCH ASSOCIATE<br />
BRITISH COUNCIL -- 'BELIEF IN DIALOGUE PROJECT'
</p>
<p>
The Faraday Institute for Science and Religion, St. Edmund's College,
Cambridge, has a position available for a post-doctoral Research Associate
who will help in developing the science and religion strand of the new British
Council 'Belief in Dialogue' programme. The programme will involve
educational, scientific and religious events carried out in international and crosscultural
contexts.
</p>
<p>
The successful candidate will have a PhD and/or a strong research background
in philosophy, or history and philosophy of science, or science and religion, or
science communication, or any relevant affiliated discipline, which could include
a PhD in science with proven experience in one of these other areas. The post
will involve international travel and will suit someone with cross-cultural
experience, and with a proven track-record of involvement in the field of science
and religion. The successful candidate will be based at The Faraday Institute,
entailing agreement with the aims and ethos of the Institute (<a href="http://www.faradayinstitute.org" rel="external">http://www.faradayinstitute.org</a>).
The position is for one-year in the first instance, but could be
extended if the programme is successful. The salary will be up to &pound;29,866 per
annum, depending on qualifications and experience, plus benefits.
Applications should include a cv, naming three referees, together with a
covering letter summarising the relevance of the applicant's background and
experience for this position.
</p>
<p>
Applications (preferably by e-mail) should be sent by 1st October 2010
to:
</p>
<ul class="address">
<li>The Faraday Institute Administrator, Mrs Polly Stanton</li>
<li>St. Edmund's College</li>
<li>Cambridge, CB3 0BN, UK</li>
<li class="email"><a href="mailto:ps400@cam.ac.uk" rel="email">ps400@cam.ac.uk</a></li>
</ul>
<p>
A job description may also be requested from Mrs Stanton. Interviews will be held
in early October and the appointment will be made as soon after interview as
possible.
</p>
<p><a href="#top" class="top">top</a></p>
