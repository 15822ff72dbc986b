Postdoc, University of Geneva
%%%
<a id="top"> </a><h1>Postdoctoral Fellowship on the Metaphysics of Causation, University of Geneva</h1>
<p>
The University of Geneva's Department of Philosophy seeks a postdoc 
to work on a SNF-funded project on the metaphysics of causation. 
The project will be part of an international Sinergia network 
titled "Grounding - Metaphysics, Science, and Logic" involving 
three groups: Prof. Fabrice Correia (University of Neuch&acirc;tel), 
Prof. Marcel Weber (University of Geneva) and Prof. Benjamin Schnieder 
(University of Hamburg). Funds for traveling and for organizing 
workshops will be available.
</p>
<p>
Geneva's Department of Philosophy provides a thriving research 
environment with several weekly research seminars organized by the 
centers eidos, episteme, thumos, and the Biological Interest Group. 
The Department also publishes the journal dialectica. Switzerland offers 
attractive salaries and a high quality of life, the Lake Geneva area 
being one of the country's most important economic, cultural and 
scientific centers.
</p>
<p>
The ideal candidate has completed a Ph.D. in metaphysics or philosophy 
of science and has worked on a topic related to causation. Publications 
in international journals are a plus. French language skills are not 
necessary, while an excellent command of English is imperative. The post 
should be taken up by Oct 1, 2013. A later start date might be possible; 
this should be requested in the application.
</p>
<p>
Applications should be sent by e-mail and should include a letter 
explaining the candidate's interest in the position, a detailed CV, a list 
of publications and one article- or chapter-length writing sample (if 
possible all in a single PDF document).
</p>
<p>
Applications as well as informal inquiries should be directed by e-mail only 
to Prof. Marcel Weber (<a href="mailto:marcel.weber@unige.ch" rel="email">marcel.weber@unige.ch</a>).
</p>
<p><a href="#top" class="top">top</a></p>