# forsa's English catalogue. Every key here is also in ar.ftl (a unit test holds them
# equal). Keys are kebab-case and named for where they appear.

app-name = forsa
skip-link = Skip to main content
language-other = العربية
language-switch-label = Language

nav-label = Main
nav-home = Home
nav-seekers = Job seekers
nav-employers = Employers
nav-vacancies = Vacancies
nav-referrals = Referrals
nav-my-vacancies = My vacancies
nav-my-referrals = Referrals to us
nav-centres = Centres
nav-users = Users
nav-rules = Rules
nav-audit = Access log

signed-in-as = Signed in as
sign-out = Sign out

role-admin = Administrator
role-caseworker = Caseworker
role-employer = Employer

login-title = Sign in
login-intro = Sign in with the email and password your centre gave you.
login-email = Email
login-password = Password
login-submit = Sign in
login-failed = The email or password is not right.
login-missing = Enter both your email and your password.
login-session-ended = Your session has ended. Sign in again.
login-rate-limited =
    Too many attempts. Wait { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    } and try again.

home-title-admin = Administration
home-title-caseworker = Centre dashboard
home-title-employer = Your vacancies and referrals
home-placeholder = This page is being built. Use the navigation to reach your work.

error-title = Something went wrong
error-internal = Something went wrong on our side. Try again in a moment.
error-forbidden = Your role may not open this page.
error-not-found = There is no page at this address.
error-cross-origin = This form was sent from another site, so it was refused.
error-back-home = Go to the home page
error-page-out-of-range = This list has no page with that number.
error-bad-request = This address asks for something that cannot be read. Go back and try again.

# A moment: its day, its time and the time zone it is in.
date-moment = { $day }, { $time } { $zone } time
# The cities whose time zones centres are in, in the page's language.
zone-amman = Amman
zone-beirut = Beirut
zone-damascus = Damascus
zone-baghdad = Baghdad
zone-istanbul = Istanbul
zone-cairo = Cairo
zone-erbil = Erbil
# Between the items of a list written on one line.
list-separator = {", "}
