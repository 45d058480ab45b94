# forsa's English catalogue. Every key here is also in ar.ftl (a unit test holds them
# equal). Keys are kebab-case and named for where they appear.

app-name = forsa
skip-link = Skip to main content
language-other = العربية
language-switch-label = Language

nav-label = Main
nav-home = Home
nav-seekers = Job seekers
nav-duplicates = Duplicates
nav-employers = Employers
nav-vacancies = Vacancies
nav-referrals = Referrals
nav-reports = Reports
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
home-at-a-glance = At a glance
home-post-vacancy = Post a vacancy
home-waiting-label = { $count ->
    [one] referral waiting for your answer
   *[other] referrals waiting for your answer
}
home-open-label = { $count ->
    [one] open vacancy
   *[other] open vacancies
}
home-drafts-label = { $count ->
    [one] draft not yet published
   *[other] drafts not yet published
}
home-waiting = Waiting for your answer
home-waiting-none = Nobody is waiting for your answer.
home-referred-on = Referred on
home-answer = Answer
home-waiting-all = { $count ->
    [one] See the one referral waiting
   *[other] See all { $count } referrals waiting
}
home-open = Your open vacancies
home-open-none = You have no open vacancies. Post one, or publish a draft.
home-closes = Closes
home-no-closing = No closing date
home-new-referrals = { $days ->
    [one] Referred today
   *[other] Referred in the last { $days } days
}
home-waiting-column = Waiting for your answer
home-open-all = See all { $count } open vacancies
home-add-user = Add a user
home-index-building = The search index is being built: searches answer from what is indexed so far.
home-index-current = The search index is up to date.
home-index-behind = { $count ->
    [one] The search index is one change behind the database.
   *[other] The search index is { $count } changes behind the database.
}
home-users = Users
home-users-admin = { $count ->
    [one] admin
   *[other] admins
}
home-users-caseworker = { $count ->
    [one] caseworker
   *[other] caseworkers
}
home-users-employer = { $count ->
    [one] employer user
   *[other] employer users
}
home-users-disabled = { $count } disabled
home-centres = Centres
home-centres-none = No centre is open yet.
home-open-centre = Open a centre
home-centre = Centre
home-place = Place
home-caseworkers = Caseworkers
home-people = People registered
home-open-referrals = Open referrals
home-manage-centres = Manage the centres
home-rule-changes = Latest changes to the rules
home-rule-changes-none = The rules have not been changed since forsa was installed.
home-rule-change-permit-type-saved = Permit type saved: { $subject }
home-rule-change-occupation-closed = Occupation closed to non-citizens: { $subject }
home-rule-change-occupation-opened = Occupation opened to non-citizens: { $subject }
home-rule-change-minimum-wage-set = Minimum wage set to { $amount } dinars a month from { $subject }
home-by-nobody = the system
home-see-rules = See the rules in force
home-see-audit = Read the access log

## Form problems: the summary's heading, the note on marked fields, and what is
## wrong said of each field (`field-{id}-{kind}`; a field without words of its own
## gets the general message of its kind).
form-problem-heading = There is a problem
form-required-note = Fields marked * must be filled in.
field-full_name-required = Enter the person's full name.
field-gender-required = Choose the person's gender, or that they prefer not to say.
field-birth_year-number = Enter the year of birth as four digits, such as 1990.
field-birth_year-range = Enter a year of birth that makes the person 14 to 100 years old, such as 1990.
field-nationality-required = Enter the person's nationality, such as Syria.
field-nationality-choose = Choose a nationality from the list, such as Syria or SY.
field-status-required = Choose whether the person is a refugee, an asylum seeker, from the host community or a migrant worker.
field-location-required = Choose the place from the list.
field-location-choose = Choose the place from the list.
field-centre_id-required = Choose the centre.
field-phone-phone = Enter a phone number such as 0791234567 or +962 79 123 4567.
field-available_from-date = Enter the day they can start as year-month-day, such as 2027-01-15.
field-employer-required = Type part of the employer's name and choose the employer.
field-occupation-required = Enter the occupation (its name or its ISCO code) and choose it from the suggestions.
field-occupation-choose = Choose an occupation from the suggestions: its name or its four-digit ISCO code.
field-sector-required = Choose the sector of work.
field-sector-choose = Choose the sector of work from the list.
field-wage_min-required = Enter the lowest wage the job pays, in dinars, such as 350.
field-wage_min-number = Enter the lowest wage in dinars, such as 350 or 12.5.
field-wage_max-number = Enter the highest wage in dinars, such as 420, or leave it empty.
field-openings-number = Enter how many people the job is for, such as 2.
field-hours_per_week-number = Enter the hours of work a week, such as 48.
field-contract-required = Choose the kind of contract.
field-start_date-date = Enter the day the job starts as year-month-day, such as 2027-01-15.
field-closing_date-date = Enter the last day to apply as year-month-day, such as 2027-01-15.
field-name-required = Enter the name.
field-names-required = Enter the name in Arabic, in English or both.
field-contact_phone-phone = Enter the contact's phone number, such as 0791234567.
field-contact_email-email = Enter the contact's email address, such as hr@example.com.
field-email-required = Enter the email address the user signs in with.
field-email-email = Enter an email address such as name@example.com.
field-role-required = Choose what the user does: caseworker, employer or admin.
field-password-required = Enter a password of at least 12 characters.
field-name_ar-required = Enter the name in Arabic.
field-name_en-required = Enter the name in English.
field-monthly-required = Enter the monthly minimum wage in dinars, such as 290.
field-monthly-number = Enter the monthly minimum wage in dinars, such as 290.
field-valid_from-required = Enter the first day it applies, as year-month-day.
field-valid_from-date = Enter the first day as year-month-day, such as 2027-01-01.
field-valid_until-required = Enter the last day of the permit, as year-month-day.
field-valid_until-date = Enter the last day as year-month-day, such as 2027-12-31.
field-code-required = Enter the code.
field-kind-required = Choose the kind of permit.
field-permit_type-required = Choose the kind of work permit.
field-permit_type-choose = Choose the kind of work permit from the list.
field-purpose-required = Choose what the person agrees to.
field-outcome-required = Choose what you learnt: still in the job, left it, or could not reach them.
field-stage-required = Choose the stage to move the referral to.
# The links under a list that take it away as a spreadsheet.
downloads-title = Download this list:
downloads-csv = CSV
downloads-xlsx = Excel
downloads-hxl = CSV with HXL hashtags
