# Reports: indicators, breakdowns and their words.

reports-error-period = Choose a month, a quarter or a year, or give the first and last day.
reports-error-breakdown = This figure cannot be broken down that way.

reports-indicator-registered = People registered
reports-indicator-active = People active
reports-indicator-permits_recorded = Work permits recorded
reports-indicator-permits_valid = Work permits valid at the end
reports-indicator-permits_ending = Work permits ending
reports-indicator-vacancies_posted = Vacancies posted
reports-indicator-openings = Openings
reports-indicator-referrals = Referrals
reports-indicator-interviews = Interviews
reports-indicator-offers = Offers
reports-indicator-placements = Placements
reports-indicator-placement_rate = Placement rate
reports-indicator-days_to_placement = Median days from registration to placement
reports-indicator-employed_30 = Still employed at 30 days
reports-indicator-employed_90 = Still employed at 90 days
reports-indicator-employed_180 = Still employed at 180 days

reports-breakdown-sex = Sex
reports-breakdown-age_band = Age
reports-breakdown-nationality = Nationality
reports-breakdown-status = Status
reports-breakdown-sector = Sector
reports-breakdown-occupation_group = Occupation group
reports-breakdown-location = Governorate or camp
reports-breakdown-centre = Centre
reports-breakdown-month = Month

reports-age-under_18 = Under 18
reports-age-18_24 = 18–24
reports-age-25_34 = 25–34
reports-age-35_44 = 35–44
reports-age-45_54 = 45–54
reports-age-55_64 = 55–64
reports-age-65_plus = 65 and over
reports-age-unknown = Not known
reports-unknown = Not known

reports-title = Reports
reports-period = Period
reports-period-dates = Other dates…
reports-from = First day
reports-to = Last day
reports-centre = Centre
reports-all-centres = All centres
reports-by = Break down by
reports-then = and by
reports-by-none = Nothing
reports-hint = Counts of people, never lists of them. Figures on this page are exact; downloads and the API show a count under 5 as “<5”.
reports-show = Show
reports-heading = From { $from } to { $to }, { $scope }
reports-summary = At a glance
reports-trend = Registrations and placements, month by month
reports-total = Total
reports-none = None
reports-rate = { $percent } ({ $part } of { $whole })
reports-median = { $days } days (of { $of })
reports-retention = { $employed } of { $reached } reached, of { $placed } placed
reports-quarter = Quarter { $quarter }, { $year }
reports-not-by = Not broken down by { $breakdowns }: this figure has none.
reports-none-due = None due

reports-measure-count = Count
reports-measure-percent = Percentage placed
reports-measure-placed = Placed
reports-measure-active = Active
reports-measure-median_days = Median days
reports-measure-placements = Placements
reports-measure-employed = Still employed
reports-measure-reached = Reached at the follow-up
reports-measure-percent_of_reached = Percentage of those reached
reports-measure-percent_of_placed = Percentage of those placed
reports-download = Download this figure:

key-figures-heading = { $month } so far, against { $last }
key-figures-before = { $month }: { $figure }
key-figures-more = { $count } more
key-figures-fewer = { $count } fewer
key-figures-same = as many
key-figures-all = All figures and reports
reports-workbook = Every figure in one workbook, a sheet each:
reports-workbook-hxl = Excel with HXL hashtags
