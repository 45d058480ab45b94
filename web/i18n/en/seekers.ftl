# Seekers: the list, the register and edit form, the profile with permits and
# consents, and a seeker's matches. Keys: seekers-, permits-, consents-, matches-.

seekers-list-title = Job seekers
seekers-new-title = Register a job seeker
seekers-edit-title = Edit a job seeker
seekers-profile-title = Job seeker
seekers-archive-title = Archive a job seeker
seekers-register = Register a job seeker
seekers-save = Save changes
seekers-cancel = Cancel
seekers-edit = Edit
seekers-archive = Archive
seekers-archived = archived
seekers-archived-note = This record is archived: it is kept, but it is out of lists and matching.
seekers-archive-confirm = Archive the record of
seekers-archive-explain = The person leaves the lists and matching. The record and its history are kept.
seekers-archive-submit = Yes, archive
seekers-search-label = Search job seekers
seekers-search = Name, phone or case reference
seekers-search-hint = Words of the name in any order, a phone number written any way or its last digits, or part of a case reference.
seekers-search-submit = Search
seekers-nobody-found = Nobody matches what you typed. Check the spelling, or:
seekers-register-this-person = Register this person
seekers-field-occupation-main = Occupation
seekers-last-activity = Last activity
seekers-permit-none = No permit
seekers-permit-not-needed = No permit needed
seekers-permit-in-force-until = In force until { $day }
seekers-permit-starts = Starts on { $day }
seekers-permit-ended = Ended on { $day }
seekers-any-status = Any status
seekers-include-archived = Include archived records
seekers-count =
    { $count ->
        [0] No job seekers found.
        [one] One job seeker.
       *[other] { $count } job seekers.
    }
seekers-yes = Yes
seekers-no = No
seekers-not-recorded = Not recorded
seekers-required-note = Fields marked * are required.
seekers-done-registered = The job seeker is registered.
seekers-done-updated = The changes are saved.
seekers-done-archived = The record is archived.

seekers-section-person = The person
seekers-section-languages = Languages
seekers-section-work = Work and skills
seekers-section-occupations = Occupations
seekers-section-preferences = Preferences
seekers-section-details = Details

seekers-field-centre = Centre
seekers-field-name = Full name
seekers-field-case-reference = Case reference
seekers-hint-case-reference = For example a UNHCR case number. Unique in the centre.
seekers-gender = Gender
seekers-field-birth-year = Year of birth
seekers-field-nationality = Nationality
seekers-hint-nationality = Type the country's name and choose it from the list.
seekers-field-status = Status
seekers-field-phone = Phone
seekers-field-location = Lives in
seekers-field-language = Language { $number }
seekers-field-level = Level of language { $number }
seekers-level = Level
seekers-field-occupation = Occupation { $number }
seekers-hint-occupation = Type a job name in Arabic or English and pick it, or type its four-digit ISCO code.
seekers-field-years = Years in occupation { $number }
seekers-years =
    { $count ->
        [one] one year
       *[other] { $count } years
    }
seekers-field-education = Education
seekers-field-skills = Skills
seekers-hint-skills = Separate skills with commas.
seekers-field-experience = Experience
seekers-hours = Hours
seekers-field-night-work = Works nights
seekers-field-needs-transport = Needs transport
seekers-field-needs-childcare = Needs childcare
seekers-field-available-from = Available from
seekers-field-disability = Disability or needs at work
seekers-field-sectors = Preferred sectors
seekers-field-places = Preferred places
seekers-chosen = { $count } chosen

seekers-status-refugee = Refugee
seekers-status-asylum-seeker = Asylum seeker
seekers-status-refugee-female = Refugee
seekers-status-asylum-seeker-female = Asylum seeker
seekers-status-migrant-worker-female = Migrant worker
seekers-status-host-community = Host community
seekers-status-migrant-worker = Migrant worker
seekers-gender-female = Female
seekers-gender-male = Male
seekers-gender-other = Other
seekers-gender-undisclosed = Prefers not to say
seekers-level-basic = Basic
seekers-level-conversational = Conversational
seekers-level-fluent = Fluent
seekers-level-native = Mother tongue
seekers-hours-any = Any hours
seekers-hours-full-time = Full time
seekers-hours-part-time = Part time
seekers-isced-0 = Early childhood education
seekers-isced-1 = Primary
seekers-isced-2 = Lower secondary
seekers-isced-3 = Upper secondary
seekers-isced-4 = Post-secondary
seekers-isced-5 = Short tertiary
seekers-isced-6 = Bachelor's or equivalent
seekers-isced-7 = Master's or equivalent
seekers-isced-8 = Doctorate

seekers-language-ar = Arabic
seekers-language-en = English
seekers-language-fr = French
seekers-language-ku = Kurdish
seekers-language-tr = Turkish
seekers-language-fa = Persian
seekers-language-ur = Urdu
seekers-language-so = Somali
seekers-language-am = Amharic
seekers-language-es = Spanish
seekers-country-sy = Syria
seekers-country-jo = Jordan
seekers-country-iq = Iraq
seekers-country-ye = Yemen
seekers-country-sd = Sudan
seekers-country-so = Somalia
seekers-country-ps = Palestine
seekers-country-eg = Egypt

seekers-error-language = Choose a language from the list, or type its two-letter code.
seekers-error-country = Choose a country from the list, or type its two-letter code.
seekers-error-birth-year = The year of birth must make the person 14 to 100 years old.
seekers-error-duplicate-language = The same language is listed twice.
seekers-error-own-centre = You can register people at your own centre only.
seekers-error-no-centre-move = A person cannot move to another centre by an edit.
seekers-error-archived = This person's record is archived.
seekers-error-duplicate-case-reference = A person with this case reference is already registered at this centre. Nothing was saved.
seekers-error-possible-duplicate = This person may be registered already. Nothing was saved: check the people below first.
seekers-duplicates-title = This person may be registered already
seekers-duplicate-here = registered at { $centre }
seekers-register-anyway = Register anyway
seekers-error-same-centre = The person is registered at this centre already.
seekers-error-same-person = Choose the other record: a record cannot be merged into itself.
seekers-transfer = Move to another centre
seekers-transfer-title = Move a person to another centre
seekers-transfer-now-at = registered at
seekers-transfer-explain = The caseworkers of the centre you choose will see this person, their permits, consents and referrals from now on; those of their present centre will no longer. The move is kept in the access log.
seekers-transfer-to = Move to
seekers-transfer-submit = Move the person
seekers-done-transferred = The person was moved to their new centre.
duplicates-title = Possible duplicates
duplicates-intro = People registered although a person with matching details was registered already. Decide for each pair: one person (merge the later record into the earlier one) or two.
duplicates-none = No possible duplicates wait for a decision.
duplicates-later = Registered later
duplicates-earlier = Registered first
duplicates-born = born { $year }
duplicates-registered = registered on { $day }
duplicates-reason = Registered anyway because
duplicates-found-by-scan = Found alike by a look through every record
duplicates-merge = One person: merge the two records
duplicates-merge-explain = The later record's permits, consents, referrals and access history move to the earlier record, which is kept; the later record then points to it.
duplicates-merge-reason = Why they are one person
duplicates-merge-submit = Merge into the earlier record
duplicates-different = Two different people
duplicates-done-merged = The two records were merged into this one.
duplicates-done-different = Marked as two different people.
data-link = Everything held on this person
access-link = Who read or changed this record
access-title = Who read or changed a person's record
data-title = Everything held on a person
data-heading = What forsa holds on
data-intro = Everything this centre's system holds on the person, to print and hand to them when they ask: their record, permits, consents, referrals and who read or changed any of it.
data-gathered = Gathered on
data-back = Back to the person's page
data-print = Print it from the browser's menu.
data-record = The record
data-permits = Work permits
data-consents = Consents
data-consent-given = given on { $day }, recorded by { $by }
data-consent-withdrawn = withdrawn on { $day }, recorded by { $by }
data-referrals = Referrals
data-follow-ups = Follow-ups:
data-follow-up-planned = planned
data-access = Who read or changed it
data-access-hint = Every time someone opened, listed or changed the record or anything attached to it, newest first.
data-when = When
data-who = Who
data-what = What
data-which = Which record
data-none = None.
data-by-system = forsa itself
seekers-duplicate-elsewhere = A person with matching details is registered at { $centre }.
seekers-duplicates-hint = Open the record if it is the same person. If it is someone else, say why (for example "a different person with the same name: checked their ID") and register again.
seekers-field-duplicate-reason = Why register this person anyway
seekers-matched-case-reference = same case reference
seekers-matched-phone = same phone
seekers-matched-name = similar name and age

permits-title = Work permits
permits-none = No work permit is recorded.
permits-in-force = in force today
permits-valid = Valid
permits-valid-from = Valid from
permits-valid-until = Valid until
permits-number = Permit number
permits-issuer = Issued by
permits-employer = Employer
permits-no-employer = No employer (flexible permit)
permits-type = Permit type
permits-add = Add a work permit
permits-add-submit = Add the permit
permits-renew = Renew with new dates
permits-renew-submit = Renew
permits-revoke = Withdraw this permit
permits-status-applied = Applied for
permits-status-active = Active
permits-status-revoked = Withdrawn
permits-done-added = The permit is added.
permits-done-renewed = The permit is renewed.
permits-done-revoked = The permit is withdrawn.
permits-error-range = The end date must not be before the start date.
permits-error-type = Choose a permit type from the list.
permits-error-employer = Choose the employer this permit is for.
permits-error-no-employer = A flexible permit is not tied to an employer: leave the employer empty.

consents-title = Consents
consents-none = No consent is recorded. Registration never requires consent.
consents-purpose = Purpose
consents-method = How did they give it?
consents-method-spoken = Said it at the desk
consents-method-signed_form = Signed the consent form
consents-purpose-share-with-employers = Share the profile with employers
consents-purpose-contact-by-sms = Contact by text message
consents-purpose-anonymous-statistics = Anonymous statistics
consents-granted-on = given on
consents-withdrawn-on = withdrawn on
consents-withdraw = Withdraw consent
consents-grant = Record a consent
consents-grant-submit = Record the consent
consents-done-granted = The consent is recorded.
consents-done-withdrawn = The consent is withdrawn.

matches-title = Matching jobs
matches-open = Find jobs
matches-back = Back to the profile
matches-include-ineligible = Also show jobs the person may not legally take, with the reasons
matches-count =
    { $count ->
        [0] No matching jobs.
        [one] One matching job.
       *[other] { $count } matching jobs.
    }
matches-per-month = dinars a month
matches-per-day = dinars a day
matches-referred-tag = Referred
matches-referred-to = Referred to { $vacancy } at { $employer }.
matches-why = Why, in detail
matches-not-sharing = This person has not agreed to share their profile with employers: an employer they are referred to sees nothing of them.
matches-record-consent = Record the consent
matches-confirm-title = Refer without sharing?
matches-confirm-who = Referring
matches-confirm-to = To
matches-confirm-warning = This person has not agreed to share their profile with employers. If you refer them now, { $employer } will see only that the centre referred someone: not their name, their phone or their experience.
matches-consent-and-refer = They agree: record the consent and refer
matches-refer-without-sharing = Refer without sharing
matches-refer = Refer
matches-already-referred = This person is already referred to this job.
matches-refer-not-eligible = The person may not legally take this job, so it cannot be referred.
seekers-shares = Shares their profile with employers
seekers-does-not-share = Has not agreed to share their profile
seekers-not-referred = Not referred yet. Find jobs they may take to refer them.
seekers-follow-up-planned = Follow-up planned on
permits-revoke-title = Withdraw a work permit
permits-revoke-confirm = Withdraw this permit of
permits-revoke-explain = The person will no longer match jobs that need this permit. The permit stays on their record, marked withdrawn.
permits-revoke-submit = Yes, withdraw the permit

## Erasing a person's personal data
erase-link = Erase personal data
erase-title = Erase a person's personal data
erase-confirm = Erase everything personal held on
erase-goes = What goes, for good: the name, phone, case reference, year of birth, permit numbers, disability, skills and experience, and every note written about them, here and in search; check-ins not yet made are cancelled. This cannot be undone.
erase-stays = What stays, for the centre's statistics: the centre, sex, nationality and status, place, languages, occupations and education, the kinds and dates of their permits and consents, their referrals' stages, dates and outcomes, and the history of who read or changed the record. Referrals still open are withdrawn.
erase-reason = Why
erase-reason-hint = Kept on the receipt, for the record. Do not write the person's name.
erase-submit = Erase for good
erased-title = Record erased
erased-lead = This person's record was erased: nothing personal is left of it, only this receipt.
erased-when = Erased
erased-by = By
erased-by-rule = The retention rule
erased-why = Why
erased-archived = { $months ->
        [one] Archived for more than a month
       *[other] Archived for more than { $months } months
    }
erased-inactive = { $months ->
        [one] Nothing done on the record for a month
       *[other] Nothing done on the record for { $months } months
    }
erased-back = Back to the job seekers
seekers-done-erased = The person's personal data is erased.
