<?php $title = 'Vrijwilligers &#8211; Stichting Goede Daad'; ?>
<?php $metaTags = ''; ?>
<?php $currentPage = 'VRIJWILLIGERS'; ?>
<?php include('head.php'); ?>
<?php include('navbar.php'); ?>


<div style="margin-bottom: 60px;">
	<div class="dude" style="
  margin: 10px auto;
  margin-top: -20px;
  margin-bottom: 20px;
  padding: 10px 20px;
  background: #f4f7f8;
  border-radius: 8px;">
<h1 style="text-align: center; font-weight: bold; color: #ec4700; text-transform: capitalize; font-size: 36px;">vrijwilligers</h1>

<br>
<br>

<div style="text-align: center;">
	

		
		<p style="display: inline-block; text-align: left;">

		<strong style="font-size: 20px;">"The best way to find yourself is to lose yourself in the <br> service of others "</strong> (M. Gandhi)

			<br>
			<br>

			Wij verbinden de mensen die iets te bieden hebben, met hen die <br> daarmee kunnen worden geholpen.

			<br>
			<br>

			Echter zijn we nog steeds opzoek naar mensen die hun tijd en energie <br>willen geven aan hun medemens en ons team van vrijwilligers willen <br> komen versterken. 

			<br>
			<br>

			Eveneens verwelkomt Stichting Goede daad alle hulpverleners / <br>
			professionals, die een bijdrage willen leveren aan het realiseren van <br>
			onze projecten, in de vorm van kennisoverdracht en het verzorgen <br>
			van workshops. Wij kunnen u verzekeren dat het een waardevolle <br>
			investering is van uw tijd. 


			<br>
			<br>

			Heeft u belangstelling om te overtuigen dat wij uw kennis en inzet <br>
			kunnen gebruiken (hetzij als <strong> individu, groep</strong> of <strong> bedrijf</strong>) om onze <br>doelgroepen mee te laten doen met de maatschappij? Meld je dan <a style="color: red;" href="contact">hier</a> <br> aan.


		</p>
</div>
</div>
</div>
</div>

<?php include 'footer.php';?>