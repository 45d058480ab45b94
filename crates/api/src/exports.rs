//! Lists taken away as spreadsheets: `GET /exports/{list}.{csv,xlsx}` with the list's
//! own filters. The answer starts at once and streams: the rows are read a thousand
//! at a time and sent as they are written, so that a million people leave in flat
//! memory. A failure half-way breaks the answer off rather than ending it as if it
//! were whole.

use std::io::{self, Write};

use axum::{
    body::{Body, Bytes},
    extract::{Path, State},
    http::header,
    response::IntoResponse,
};
use forsa_domain::{ExportFormat, ExportList, FieldErrors, Locale, Problem};
use forsa_service::{Export, ExportCursor, ExportFilter, Queue, Service};
use forsa_sheets::{ExportWriter, export::XLSX_MAX_ROWS};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

use super::{
    ApiResult,
    openapi::{Forbidden, Internal, Invalid, NotFound, Unauthenticated},
};
use crate::{
    ApiError, AppState, employers,
    extract::{Auth, Params},
    referrals, seekers, vacancies,
};

/// What an export takes besides the list's own filters.
const OPTIONS: &[&str] = &["lang", "hxl", "queue"];

/// Parameters of every export; each list also takes its list's filters.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code, reason = "only the API document reads this type")]
pub struct ExportParams {
    /// The language of the headers and the labels beside the codes: `ar` or `en`
    /// (the default).
    lang: Option<forsa_domain::Locale>,
    /// `true`: a second header row of HXL 1.1 hashtags (#org, #loc+code, #adm1+name,
    /// #sector+code, #date+start, …).
    hxl: Option<bool>,
    /// Only a dashboard queue of the caller's centre (`new_unreferred`,
    /// `permits_ending` for people; `vacancies_closing`; `follow_ups_due`,
    /// `awaiting_employer` for referrals).
    queue: Option<QueueName>,
}

/// The dashboard's queues, for the API document.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code, reason = "only the API document reads this type")]
pub(crate) enum QueueName {
    NewUnreferred,
    PermitsEnding,
    VacanciesClosing,
    FollowUpsDue,
    AwaitingEmployer,
}

/// A list as a CSV (UTF-8, with a byte order mark for Excel) or XLSX file, with the
/// columns the list shows and the record's other fields, a label in the chosen
/// language beside each code. `seekers` (staff: their centre's people, every centre's
/// for admins; the columns of an import, so that the file imports as it is),
/// `employers` (staff), `vacancies` (an employer: their own), `referrals` and
/// `placements` (the hires, with what the 30-, 90- and 180-day follow-ups found; an
/// employer: those to their vacancies, and a candidate's name and phone only while
/// their consent to share is in force). Each list takes the filters of its list
/// address (`/seekers`: `q`, `status`, `include_archived`; `/employers`: `q`,
/// `sector`, `verified`; `/vacancies`: `employer_id`, `status`, `sector`, `code`;
/// `/referrals`: `stage`, `seeker_id`, `vacancy_id`, `open`). Every export is audited: who,
/// which list, how many rows, which filters (`/admin/audit`). An XLSX file holds at
/// most 1 048 574 rows; larger lists leave as CSV.
#[utoipa::path(
    get,
    path = "/exports/{file}",
    operation_id = "export_list",
    tag = "exports",
    params(
        ("file" = String, Path, description = "The list and the format: `seekers.csv`, `vacancies.xlsx`, … (`seekers`, `employers`, `vacancies`, `referrals`, `placements`; `csv` or `xlsx`)"),
        ExportParams,
    ),
    responses(
        (status = 200, description = "The list as CSV", content_type = "text/csv", body = String),
        (
            status = 200,
            description = "The list as XLSX",
            content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            body = Vec<u8>,
        ),
        Unauthenticated, Forbidden, NotFound, Invalid, Internal,
    )
)]
pub async fn export(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(file): Path<String>,
    params: Params,
) -> ApiResult {
    let (list, format) = file
        .split_once('.')
        .and_then(|(list, format)| {
            Some((
                ExportList::parse(list).ok()?,
                ExportFormat::parse(format).ok()?,
            ))
        })
        .ok_or_else(ApiError::not_found_route)?;
    let mut errors = FieldErrors::new();
    let (filter, known) = list_filter(list, &params, &mut errors);
    let locale = params
        .parsed(&mut errors, "lang", Locale::parse)
        .unwrap_or(Locale::En);
    let hxl = params.flag(&mut errors, "hxl").unwrap_or(false);
    let filter = with_queue(filter, &params, &mut errors);
    let mut allowed = known.to_vec();
    allowed.extend_from_slice(OPTIONS);
    params.refuse_unknown(&mut errors, &allowed);
    errors.into_result().map_err(ApiError::invalid)?;
    let given: Vec<&str> = params
        .names()
        .filter(|name| known.contains(name) || *name == "queue")
        .collect();
    // A sheet's rows, less the header and the hashtags.
    let most = (format == ExportFormat::Xlsx).then_some(XLSX_MAX_ROWS - 2);
    let export = state
        .service
        .start_export(&actor, filter, format, &given, most)
        .await?;
    let writer = ExportWriter::new(&export, state.service.taxonomy(), format, locale, hxl)
        .map_err(|error| {
            ApiError::from(forsa_service::ServiceError::internal(error.to_string()))
        })?;
    let today = chrono::Utc::now().date_naive();
    let disposition = format!(
        "attachment; filename=\"{}\"",
        forsa_sheets::export::file_name(list, format, today)
    );
    let media = match format {
        ExportFormat::Csv => "text/csv; charset=utf-8",
        ExportFormat::Xlsx => XLSX,
    };
    let (sender, receiver) = mpsc::channel(4);
    tokio::spawn(send(state.service.clone(), export, writer, sender));
    Ok((
        [
            (header::CONTENT_TYPE, media.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        Body::from_stream(ReceiverStream::new(receiver)),
    )
        .into_response())
}

/// The media type of an XLSX file.
pub(crate) const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The list's filters, read as its list address reads them, and their names.
fn list_filter(
    list: ExportList,
    params: &Params,
    errors: &mut FieldErrors,
) -> (ExportFilter, &'static [&'static str]) {
    match list {
        ExportList::Seekers => (
            ExportFilter::Seekers(seekers::filter(params, errors)),
            seekers::FILTERS,
        ),
        ExportList::Employers => (
            ExportFilter::Employers(employers::filter(params, errors)),
            employers::FILTERS,
        ),
        ExportList::Vacancies => (
            ExportFilter::Vacancies(vacancies::filter(params, errors)),
            vacancies::FILTERS,
        ),
        ExportList::Referrals => (
            ExportFilter::Referrals(referrals::filter(params, errors)),
            referrals::FILTERS,
        ),
        ExportList::Placements => (
            ExportFilter::Placements(referrals::filter(params, errors)),
            referrals::FILTERS,
        ),
    }
}

/// The filter narrowed to the dashboard queue `queue` names, if it is one of the
/// list's.
fn with_queue(filter: ExportFilter, params: &Params, errors: &mut FieldErrors) -> ExportFilter {
    let list = match &filter {
        ExportFilter::Seekers(_) => "/seekers",
        ExportFilter::Vacancies(_) => "/vacancies",
        ExportFilter::Referrals(_) | ExportFilter::Placements(_) => "/referrals",
        ExportFilter::Employers(_) => "",
    };
    let queues: Vec<Queue> = Queue::ALL
        .into_iter()
        .filter(|queue| queue.list() == list)
        .collect();
    let queue = params.parsed(errors, "queue", |raw| {
        Queue::parse(raw)
            .filter(|queue| queues.contains(queue))
            .ok_or(Problem::NotOneOf {
                allowed: match list {
                    "/seekers" => &["new_unreferred", "permits_ending"],
                    "/vacancies" => &["vacancies_closing"],
                    "/referrals" => &["follow_ups_due", "awaiting_employer"],
                    _ => &[],
                },
            })
    });
    match filter {
        ExportFilter::Seekers(filter) => {
            ExportFilter::Seekers(forsa_service::SeekerFilter { queue, ..filter })
        }
        ExportFilter::Vacancies(filter) => {
            ExportFilter::Vacancies(forsa_service::VacancyFilter { queue, ..filter })
        }
        ExportFilter::Referrals(filter) => {
            ExportFilter::Referrals(forsa_service::ReferralFilter { queue, ..filter })
        }
        ExportFilter::Placements(filter) => {
            ExportFilter::Placements(forsa_service::ReferralFilter { queue, ..filter })
        }
        employers @ ExportFilter::Employers(_) => employers,
    }
}

type Sender = mpsc::Sender<io::Result<Bytes>>;

/// Reads the export slice by slice and sends what each slice writes; a failure is
/// logged and breaks the answer off.
async fn send(service: Service, export: Export, writer: ExportWriter, sender: Sender) {
    if let Err(error) = write(&service, &export, writer, &sender).await {
        tracing::error!(%error, list = export.record.list.as_str(), "export broken off");
        let _ = sender.send(Err(error)).await;
    }
}

async fn write(
    service: &Service,
    export: &Export,
    mut writer: ExportWriter,
    sender: &Sender,
) -> io::Result<()> {
    let mut cursor = ExportCursor::default();
    loop {
        let (rows, next) = service
            .export_rows(export, cursor)
            .await
            .map_err(io::Error::other)?;
        if rows.is_empty() {
            break;
        }
        writer.rows(&rows).map_err(io::Error::other)?;
        let bytes = writer.take().map_err(io::Error::other)?;
        if !bytes.is_empty() && sender.send(Ok(bytes.into())).await.is_err() {
            // The client went away: nobody is reading.
            return Ok(());
        }
        cursor = next;
    }
    // An XLSX file is compressed as a whole at the end: work for a blocking thread.
    let out = ChannelWriter::new(sender.clone());
    tokio::task::spawn_blocking(move || writer.finish(out))
        .await
        .map_err(io::Error::other)?
        .map_err(io::Error::other)
}

/// Bytes written on a blocking thread, sent to the answer in pieces of 64 KB.
struct ChannelWriter {
    sender: Sender,
    buffer: Vec<u8>,
}

impl ChannelWriter {
    const PIECE: usize = 64 * 1024;

    fn new(sender: Sender) -> Self {
        Self {
            sender,
            buffer: Vec::with_capacity(Self::PIECE),
        }
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= Self::PIECE {
            self.flush()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let piece = std::mem::replace(&mut self.buffer, Vec::with_capacity(Self::PIECE));
        self.sender
            .blocking_send(Ok(piece.into()))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}
