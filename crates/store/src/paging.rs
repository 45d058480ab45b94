use forsa_domain::Problem;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select};
use serde::Serialize;
use uuid::Uuid;

/// Which page of a list to return; pages count from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub number: u64,
    pub size: u64,
}

impl Page {
    pub const MAX_SIZE: u64 = 100;
    pub const DEFAULT_SIZE: u64 = 25;
    /// Ten million rows at the largest page size: far past any list a person or a
    /// program pages through, and an offset every database and index can take.
    pub const MAX_NUMBER: u64 = 100_000;

    pub fn new(number: Option<u64>, size: Option<u64>) -> Result<Self, (&'static str, Problem)> {
        let number = number.unwrap_or(1);
        let size = size.unwrap_or(Self::DEFAULT_SIZE);
        if number == 0 || number > Self::MAX_NUMBER {
            return Err((
                "page",
                Problem::OutOfRange {
                    min: 1,
                    max: Self::MAX_NUMBER as i64,
                },
            ));
        }
        if size == 0 || size > Self::MAX_SIZE {
            return Err((
                "per_page",
                Problem::OutOfRange {
                    min: 1,
                    max: Self::MAX_SIZE as i64,
                },
            ));
        }
        Ok(Self { number, size })
    }

    pub fn first(size: u64) -> Self {
        Self { number: 1, size }
    }

    /// The rows before this page; `new`'s bounds keep it far inside an `i64`.
    pub fn offset(&self) -> u64 {
        self.number.saturating_sub(1).saturating_mul(self.size)
    }
}

impl Default for Page {
    fn default() -> Self {
        Self {
            number: 1,
            size: Self::DEFAULT_SIZE,
        }
    }
}

/// One page of a list, with the total to page through the rest.
#[derive(Debug, Clone, Serialize)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl<T> Paged<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Paged<U> {
        Paged {
            items: self.items.into_iter().map(f).collect(),
            total: self.total,
            page: self.page,
            per_page: self.per_page,
        }
    }
}

/// A slice of a list walked from its newest record to its oldest by id (ids are made
/// in time order), each slice starting after the last id read: how an export reads a
/// million rows with no offset to count past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    pub before: Option<Uuid>,
    pub size: u64,
}

impl Chunk {
    /// The first slice of `size` rows.
    pub fn first(size: u64) -> Self {
        Self { before: None, size }
    }

    /// The slice after the row with id `last`.
    pub fn after(self, last: Uuid) -> Self {
        Self {
            before: Some(last),
            ..self
        }
    }

    /// `select` narrowed to this slice, newest first.
    pub(crate) fn of<E: EntityTrait>(self, select: Select<E>, id: impl ColumnTrait) -> Select<E> {
        let select = match self.before {
            Some(before) => select.filter(id.lt(before)),
            None => select,
        };
        select.order_by_desc(id).limit(self.size)
    }
}
