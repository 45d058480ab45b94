# Recording a follow-up after a hire: on the dashboard's due list and on the hire's row.
follow-up-legend = Record the follow-up due
follow-up-outcome = What did you learn?
follow-up-choose = Choose…
follow-up-outcome-still_employed = Still in the job
follow-up-outcome-left_job = Has left the job
follow-up-outcome-not_reached = Could not be reached
follow-up-note = Note (optional, up to 500 characters)
follow-up-record = Record the follow-up
follow-up-recorded = The follow-up was recorded.
follow-up-done = done
follow-up-error-recorded = This follow-up was recorded already, perhaps by a colleague. Nothing was changed.
follow-up-error-not-due = This follow-up is not due until { $date }. Record it then, unless you already know the outcome.
