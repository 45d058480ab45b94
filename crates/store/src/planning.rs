//! Conditions written so that each database plans them well.

use forsa_domain::CentreId;
use sea_orm::{
    DatabaseBackend,
    sea_query::{Expr, ExprTrait, Func},
};

/// `column` is `centre`, written on SQLite so that no index of the column is read
/// for it. SQLite keeps no statistics for forsa and takes an equality on an indexed
/// column for the most selective of conditions, even where a centre holds every
/// record: it walks a million people through the centre's index rather than look up
/// the two hundred ids asked for (2.8 s rather than 1 ms). Where another condition
/// finds few records, or a report index is to be read whole, this leaves the choice
/// to that condition. PostgreSQL knows from its statistics how many records a centre
/// holds, and an expression would hide it (it then guesses a few thousand of a
/// million and sorts them: 2.4 s rather than 0.7 s): there it is compared plainly.
pub(crate) fn in_centre(backend: DatabaseBackend, column: Expr, centre: CentreId) -> Expr {
    let compared = match backend {
        DatabaseBackend::Postgres => column,
        _ => Func::coalesce([column.clone(), column]).into(),
    };
    compared.eq(centre.as_uuid())
}
