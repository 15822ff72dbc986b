<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Lojal - Vacatures - Woonbegeleider(ster) m/v voor de groep</title>
  <link rel="shortcut icon" href="../assets/logos/logoLojal.png">
  <link rel="stylesheet" href="../assets/css/plugins.css">
  <link rel="stylesheet" href="../assets/css/style.css">
</head>
<?php 
  session_start();
  if (isset($_SESSION['valid']) && $_SESSION['valid'] == true && $_SESSION['username'] == 'userLojal') {}else {
    header("Location: ../login.php");
  }
?>
<body>
  <div class="page-loader"></div>
  <div class="content-wrapper">
    <header class="wrapper bg-light">
      <?php include '../includes/navbar-one-folder-back.html'; ?>
    </header>
    <section class="wrapper bg-soft-primary">
      <div class="container pt-10 pb-19 pt-md-14 pb-md-20 text-center">
        <div class="row">
          <div class="col-md-10 col-xl-8 mx-auto">
            <div class="post-header">
              <h1 class="display-1 mb-5">Woonbegeleider(ster) m/v voor de groep</h1>
              <ul class="post-meta fs-17 mb-5">
                <li><i class="uil uil-clock"></i> Full time</li>
                <li><i class="uil uil-location-arrow"></i> Zelhem</li>
                <li><i class="uil uil-building"></i> Woon begeleiding</li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </section>
    <section class="wrapper bg-light">
      <div class="container pb-14 pb-md-16">
        <div class="row">
          <div class="col-lg-10 mx-auto">
            <div class="blog single mt-n17">
              <div class="card shadow-lg">
                <div class="card-body">
                  <p>In onze leefgroepen wonen jongeren/jong volwassenen die worden begeleid naar een zo zelfstandige vorm van volwassenheid. Structuur, orde en ritme zijn de pijlers van het werken met onze jongeren.</p>
                  <p class="mb-10">Een Woonbegeleider heeft een voorbeeldfunctie en is voldoende stabiel en flexibel om onze jongeren een veilige woonplek te kunnen geven.</p>
                  <h3 class="h2 mb-3 mt-9">Wat wij vragen</h3>
                  <div class="row gy-3 gx-xl-8 mb-10">
                    <div class="col-xl-6">
                      <ul class="icon-list bullet-bg bullet-soft-primary mb-0">
                        <li><span><i class="uil uil-check"></i></span><span>Je bent flexibel inzetbaar</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>Je bent enthousiast en kunt dit goed overbrengen</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>Je bent vasthoudend en beschikt over een stevig doorzettingsvermogen</span></li>
                      </ul>
                    </div>
                    <div class="col-xl-6">
                      <ul class="icon-list bullet-bg bullet-soft-primary mb-0">
                        <li><span><i class="uil uil-check"></i></span><span>Je hebt affiniteit met de doelgroep</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>Je wilt graag meedenken en kan  daarin creatief zijn</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>Je bent geïnteresseerd en staat open voor de contextuele manier van werken die Lojal gebruikt</span></li>
                      </ul>
                    </div>
                  </div>
                  <h3 class="h2 mb-3 mt-9">Verder vragen wij</h3>
                  <div class="row gy-3 gx-xl-8 mb-10">
                    <div class="col-xl-6">
                      <ul class="icon-list bullet-bg bullet-soft-primary mb-0">
                        <li><span><i class="uil uil-check"></i></span><span>Aantoonbare kennis en ervaring met de doelgroep</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>HBO/MBO 4 werk- en denk niveau, denk hierbij aan SPH, Pedagogiek, PW4, MMZ4</span></li>
                      </ul>
                    </div>
                    <div class="col-xl-6">
                      <ul class="icon-list bullet-bg bullet-soft-primary mb-0">
                        <li><span><i class="uil uil-check"></i></span><span>Professionele houding.</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>In bezit van rijbewijs</span></li>
                      </ul>
                    </div>
                  </div>
                  <h3 class="h2 mb-3 mt-9">Wij bieden</h3>
                  <div class="row gy-3 gx-xl-8 mb-10">
                    <div class="col-xl-6">
                      <ul class="icon-list bullet-bg bullet-soft-primary mb-0">
                        <li><span><i class="uil uil-check"></i></span><span>Een afwisselende baan</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>Een jonge, vlakke organisatie</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>Ruimte voor ontwikkeling</span></li>
                      </ul>
                    </div>
                    <div class="col-xl-6">
                      <ul class="icon-list bullet-bg bullet-soft-primary mb-0">
                        <li><span><i class="uil uil-check"></i></span><span>Een leuke doelgroep</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>Creatief denkend team</span></li>
                        <li><span><i class="uil uil-check"></i></span><span>Salaris conform CAO GGZ</span></li>
                      </ul>
                    </div>
                  </div>
                  <div>Ben jij degene die wij zoeken? Stuur dan je CV en motivatie brief naar <a href="mailto:mail@mail.com" class="hover text-primary-light">mail@mail.com</a></div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
    <section class="wrapper bg-soft-primary">
      <div class="container py-14 py-md-16">
        <div class="row align-items-center mb-6">
          <div class="col-md-8 col-lg-9 col-xl-8 col-xxl-7 pe-xl-20">
            <h2 class="display-6 mb-0">Meer vacatures</h2>
          </div>
          <div class="col-md-4 col-lg-3 ms-md-auto text-md-end mt-5 mt-md-0">
            <a href="../vacatures.php#vacatures" class="btn btn-primary rounded-pill mb-0">Verken de mogenlijkheden</a>
          </div>
        </div>
        <div class="row gy-6">
          <div class="col-md-6 col-lg-4">
            <a href="ambulante-woonbegeleider.php" class="card shadow-lg lift h-100">
              <div class="card-body p-5 d-flex flex-row">
                <div>
                  <span class="avatar bg-green text-white w-11 h-11 fs-20 me-4">AWB</span>
                </div>
                <div>
                  <span class="badge bg-pale-blue text-blue rounded py-1 mb-2">Full Time</span>
                  <h4 class="mb-1"> Ambulante Woonbegeleider(ster) m/v</h4>
                  <p class="mb-0 text-body">Zelhem</p>
                </div>
              </div>
            </a>
          </div>
        </div>
      </div>
    </section>
  </div>
  <?php include '../includes/footer-one-folder-back.html'; ?>
  <div class="progress-wrap">
    <svg class="progress-circle svg-content" width="100%" height="100%" viewBox="-1 -1 102 102">
      <path d="M50,1 a49,49 0 0,1 0,98 a49,49 0 0,1 0,-98" />
    </svg>
  </div>
  <script src="../assets/js/plugins.js"></script>
  <script src="../assets/js/theme.js"></script>
</body>
</html>