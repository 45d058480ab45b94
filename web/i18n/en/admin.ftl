# The admin pages and the caseworker's dashboard. Every key here is also in
# ../ar/admin.ftl.

admin-centres-title = Centres
admin-centres-none = No centres yet.
admin-centre-new = Open a centre
admin-centre-saved = The centre was saved.
admin-centre-name-ar = Name in Arabic
admin-centre-name-en = Name in English
admin-centre-hours = Opening hours
admin-centre-zone = Time zone
admin-centre-zone-hint = The days and times the centre's pages show are the centre's own.
admin-centre-hours-hint = Give the times the centre opens and closes on each day it is open; leave a day empty when the centre is closed. The kiosk prints them on its slips.
admin-centre-opens = Opens
admin-centre-closes = Closes
admin-centre-hours-none = not set
admin-centre-change = Change the details
admin-centre-edit-title = Change a centre
admin-centres-back = Back to the centres
admin-error-hours = Give each open day's hours as days and times, such as Sun–Thu 08:00–15:00.
admin-error-closes-before-opens = The closing time must be later than the opening time.
admin-error-one-time = Enter both the opening and the closing time, or neither if the centre is closed.
jobs-error-time = Enter a time of day, such as 08:00.
admin-zone-jordan = Jordan
admin-zone-lebanon = Lebanon
admin-zone-syria = Syria
admin-zone-iraq = Iraq
admin-zone-turkey = Türkiye
admin-zone-egypt = Egypt
admin-zone-utc = Coordinated Universal Time
admin-error-time-zone = Choose a time zone from the list.

admin-users-title = Users
admin-users-none = No users yet.
admin-user-new = Add a user
admin-user-saved = The user was saved.
admin-user-name = Full name
admin-user-role = Role
admin-user-centre = Centre (for a caseworker)
admin-user-employer = Employer (for an employer's user)
admin-user-no-membership = None
admin-user-membership-hint = A caseworker belongs to a centre; an employer's user belongs to an employer.
admin-user-locale = Language of the pages
admin-locale-ar = Arabic
admin-locale-en = English
admin-user-active = Can sign in
admin-user-disabled = Disabled
admin-user-disable = Disable
admin-user-enable = Enable
admin-password-reset = Set a new password
admin-password-new = New password
admin-password-hint = At least 12 characters. Setting it signs the user out everywhere.
admin-password-hint-new = At least 12 characters. Give it to the person privately, never by a message others can read.

admin-rules-title = Rules
admin-rules-saved = The rules were saved.
admin-wage-title = Minimum wage
admin-wage-since = since
admin-wage-monthly = Monthly minimum wage (dinars)
admin-wage-valid-from = In force from
admin-wage-set = Set the minimum wage
admin-closed-title = Occupations closed to non-nationals
admin-closed-none = No occupation is closed.
admin-closed-code = ISCO-08 code of the occupation group
admin-closed-add = Close this occupation
admin-closed-open = Open again
admin-permit-types-title = Permit types
admin-permit-save-hint = Saving with the code of an existing permit type changes it.
admin-permit-code = Code
admin-permit-kind = Kind
admin-permit-sectors = Sectors covered
admin-permit-sectors-hint = Only for a flexible permit: the sectors in which it lets a person work.
admin-permit-active = In use
admin-permit-inactive = No longer issued
admin-kind-flexible = Flexible
admin-kind-employer-specific = Tied to an employer

admin-audit-title = Access log
admin-audit-hint = Follow a record or a user in the log to see only their events, or give a record's kind and id, or a user's id, as the log's links show them.
admin-audit-subject-type = Kind of record
admin-audit-subject-id = Record id
admin-audit-actor-id = Id of the user who acted
admin-audit-error-id = Enter an id as it is shown in the log.
admin-audit-error-subject = Give a record or a user to look up.
admin-audit-none = Nothing was recorded.
admin-audit-all = Show every event
admin-audit-look-up = Look up by id
admin-audit-of-record = Events of: { $whose }
admin-audit-of-user = Events by: { $whose }
admin-audit-record = Record
admin-audit-by = By
admin-audit-system = the system
admin-action-read = Opened
admin-action-list = Listed
admin-action-create = Created
admin-action-update = Changed
admin-action-archive = Archived
admin-action-withdraw = Withdrawn
admin-action-login = Signed in
admin-action-logout = Signed out
admin-action-disable = Disabled
admin-action-register_duplicate = Registered despite a likely duplicate
admin-action-transfer = Moved to another centre
admin-action-merge = Merged with another record
admin-action-not_duplicate = Decided to be someone else
admin-action-erase = Personal data erased
admin-action-export = Gathered for the person
admin-subject-seeker = Job seeker
admin-subject-permit = Work permit
admin-subject-consent = Consent
admin-subject-referral = Referral
admin-subject-user = User
admin-subject-employer = Employer
admin-subject-vacancy = Vacancy
admin-subject-centre = Centre
admin-subject-list = Exported list

dashboard-open-referrals = Open referrals by stage
dashboard-register = Register a person
dashboard-queues = Work to do today
dashboard-queue-follow-ups-due = { $count ->
    [one] Follow-up due or overdue
   *[other] Follow-ups due or overdue
}
dashboard-queue-awaiting-employer = { $count ->
    [one] Referral waiting more than a week for the employer
   *[other] Referrals waiting more than a week for the employer
}
dashboard-queue-new-unreferred = { $count ->
    [one] New person with jobs they may take, not yet referred
   *[other] New people with jobs they may take, not yet referred
}
dashboard-queue-permits-ending = { $count ->
    [one] Work permit ending within 30 days
   *[other] Work permits ending within 30 days
}
dashboard-queue-vacancies-closing = { $count ->
    [one] Vacancy closing this week with nobody referred
   *[other] Vacancies closing this week with nobody referred
}
dashboard-queue-show-all = Show the whole list
dashboard-follow-ups-due = Due now
dashboard-follow-ups-none = No follow-up is due.
dashboard-follow-ups = Follow-ups with people hired
dashboard-follow-ups-coming = Coming in the next 30 days
dashboard-follow-ups-coming-none = No follow-up falls in the next 30 days.
dashboard-due-on = due
dashboard-see-referrals = See the hires to follow up
admin-error-password-common = This password is too easy to guess. Choose a longer, less common one.
admin-error-email-taken = A user with this email exists already. Nothing was saved.
admin-user-yourself = This is your own account: another admin can disable it.
admin-error-disable-self = You cannot disable your own account: the centre could be left without an admin. Ask another admin to do it.
admin-error-permit-code = Use 2 to 40 lowercase Latin letters, digits or underscores.
admin-error-permit-sectors = A flexible permit must cover at least one sector.
admin-error-permit-no-sectors = An employer-specific permit is tied to its employer: leave the sectors empty.
admin-audit-case-reference = Job seeker with case reference
admin-audit-no-reference = A job seeker without a case reference
admin-audit-gone = A record that is no longer there
admin-audit-export = { $list } ({ $format }): { $rows } rows; filtered by: { $filters }
admin-audit-export-unfiltered = nothing
admin-centre-make-kiosk = Make this screen the centre's kiosk
admin-centre-make-kiosk-hint = Do this once on the kiosk's own screen: it signs you out there and opens the kiosk, whose printed slips then name the centre and its opening hours.
