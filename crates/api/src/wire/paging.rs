use serde::Serialize;
use utoipa::ToSchema;

/// One page of a list, with the total to page through the rest.
#[derive(Serialize, ToSchema)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl<T> Paged<T> {
    /// A page of the service's list, each item made a wire item.
    pub fn of<S>(paged: forsa_service::Paged<S>) -> Self
    where
        T: From<S>,
    {
        Paged {
            items: paged.items.into_iter().map(T::from).collect(),
            total: paged.total,
            page: paged.page,
            per_page: paged.per_page,
        }
    }
}
