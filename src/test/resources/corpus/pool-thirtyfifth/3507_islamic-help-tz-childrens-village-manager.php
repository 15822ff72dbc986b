<?php include('includes/header.php'); ?>
<?php include('includes/left_pane.php'); ?>


<div class="span9">
    <div id='children'><img src='img/children.gif' alt='iHelp Tanzanians' /></div>
    <div id='giraffe' class='offset4'><img src='img/giraffe_tree.gif' alt='Tanzanian Giraffe' /></div>
    
    <?php include('includes/menu.php'); ?>
    <div class='row'>
        <div class='span9' id='infomation'>
            <div class='row'>
                <div class='span9 vacancy'><h2>Children's Village Project Manager</h2> <br /></div>
            <div class='span9 tableOne'>

                <table class='table table-hover table-bordered'>
                    <tr>
                        <th>Report to</th>
                        <td>Head of Operations</td>
                    </tr>
                    <tr>
                        <th>Location</th>
                        <td>Kisemvule, Mkuranga</td>
                    </tr><tr>

                        <th>Duration</th>
                        <td>1 Year</td>
                    </tr>

                    <tr>
                        <th>Hours of Work</th>
                        <td>Full Time</td>
                    </tr>
                    <tr>
                        <th>Annual Salary</th>
                        <td>Competitive</td>
                    </tr>
                    <tr>
                        <th>Closing Date</th>
                        <td>Wednesday 15th January 2014</td>
                    </tr>
                    <tr>
                        <th>Apply at:</th>
                        <td>vacancies@islamichelp.co.tz</td>
                    </tr>
                </table>
            </div>
            <div class='span9'>
                <h2>The Children's Village</h2>

                <p>Children's Eco Village is a 3 year project started by Islamic Help which aims to support its already growing Orphan Care Program.
                Set on 30 acres of lush green surroundings, the village will have 16 children homes, a sports ground, a playground, a mosque, a community centre,&nbsp; library, a training centre and a permaculture farm. Taking advantage of its natural environment, the project intends to create a harmonious, eco-friendly environment with ample greenery with a modern outlook. The buildings and structures are designed to consume low energy with a functional and productive use of space. The training center and the farm will be used to not only generate income for the village but also provide the neighboring communities a role model for community development and capacity building.</p><br />
                <h2>Purpose of the Post</h2>
                <p>To lead the eco village staff in promoting a green, clean, pleasant and productive environment for the children and provide overall strategic and leadership for the programme.</p>
                <br />

                <h2>Key Responsibilities and Accountabilities:</h2>
                <ul>
                    <li>Policy implementation in line with Children&rsquo;s eco-village&rsquo;s principles, mission and vision as stated in the SOP</li>
                    <li>Responsible for leadership and co-ordination of all village activities</li>
                    <li>To provide training, guidance and support to workers</li>
                    <li>To promote personal and professional development of the eco-village workers</li>
                    <li>To represent the eco-village in the community</li>
                    <li>To contribute towards development of effective partnerships and networks with other communities surrounding the village</li>
                    <li>To work with the eco village community adapting and promoting a culture of&nbsp; eco friendly living</li>
                    <li>Manage and improve the permaculture farm</li>
                </ul>
                <ul>
                    <li>Develop and implement eco friendly alternatives on building construction and energy consumption at affordable rates</li>
                </ul>
                <ul>
                    <li>To support the care-givers (mothers) and ensure the well being of all the eco-village families</li>
                    <li>To plan and control the village budget</li>
                </ul>
                <br />

                <h2>Key Competencies:</h2>
                <ul>
                    <li>Ability to lead and self motivated</li>
                    <li>Ppassionate to work on eco friendly programme</li>
                    <li>Experience and exposure to permaculture and or eco villages</li>
                    <li>Clearance to work with children (child protection)</li>
                    <li>Strong interest in the needs and development of children</li>
                    <li>Team worker with creativity</li>
                    <li>Sensitive to culture and ability to adopt</li>
                    <li>Good physical and mental health</li>
                    <li>Patience and understanding</li>
                    <li>Flexibility, honesty and resourcefulness</li>
                </ul>
                <br />

                <h2>Knowledge and skill requirements:</h2>
                <ul>
                    <li>University degree in social science/ development studies/ education</li>
                    <li>Post graduate qualification in programme development field will be a strong advantage</li>
                    <li>Should have knowledge/ proven experience in permaculture and eco friendly building construction</li>
                    <li>Knowledge and practical experience with sustainable community development approaches</li>
                    <li>Leadership skills</li>
                    <li>life skills</li>
                    <li>communication skills (written and verbal)</li>
                </ul>


                <br />

                <a href='vacancies.php' class='btn btn-small btn-inverse'>Back to Vacancies</a>


                </div>
        </div>
    </div>
</div>

<?php include('includes/footer.php'); ?>