//! Close matches among the matches: a collector that counts, beside the others in
//! the same pass, the documents a second, stricter query also matches, and a check of
//! a page of hits against that query.

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use tantivy::{
    DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader,
    collector::{Collector, SegmentCollector},
    query::{EnableScoring, Query, Scorer, Weight},
};

use crate::Result;

/// Counts the collected documents that `weight` also matches, up to `most`: a
/// search's pages reach no deeper, and checking every match of a common word would
/// double the cost of the search.
pub(crate) struct CloseCount<'a> {
    weight: &'a dyn Weight,
    most: usize,
    /// Found so far, across segments.
    found: Arc<AtomicUsize>,
}

impl<'a> CloseCount<'a> {
    pub(crate) fn new(weight: &'a dyn Weight, most: usize) -> Self {
        CloseCount {
            weight,
            most,
            found: Arc::default(),
        }
    }
}

pub(crate) struct SegmentCloseCount {
    scorer: Box<dyn Scorer>,
    count: usize,
    most: usize,
    found: Arc<AtomicUsize>,
}

/// Whether `scorer`, which has not passed `doc`, matches it.
fn holds(scorer: &mut dyn Scorer, doc: DocId) -> bool {
    let mut at = scorer.doc();
    if at < doc {
        at = scorer.seek(doc);
    }
    at == doc
}

impl Collector for CloseCount<'_> {
    type Fruit = usize;
    type Child = SegmentCloseCount;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(SegmentCloseCount {
            scorer: self.weight.scorer(reader, 1.0)?,
            count: 0,
            most: self.most,
            found: self.found.clone(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, counts: Vec<usize>) -> tantivy::Result<usize> {
        Ok(counts.into_iter().sum::<usize>().min(self.most))
    }
}

impl SegmentCollector for SegmentCloseCount {
    type Fruit = usize;

    fn collect(&mut self, doc: DocId, _: Score) {
        if self.found.load(Ordering::Relaxed) < self.most
            && holds(self.scorer.as_mut(), doc)
            && self.found.fetch_add(1, Ordering::Relaxed) < self.most
        {
            self.count += 1;
        }
    }

    fn harvest(self) -> usize {
        self.count
    }
}

/// The weight of `query`, for matching without scores.
pub(crate) fn weight(searcher: &Searcher, query: &dyn Query) -> Result<Box<dyn Weight>> {
    Ok(query.weight(EnableScoring::disabled_from_searcher(searcher))?)
}

/// Which of `hits` `weight` matches.
pub(crate) fn matched(
    searcher: &Searcher,
    weight: &dyn Weight,
    hits: &[(f32, DocAddress)],
) -> Result<Vec<bool>> {
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_by_key(|&i| (hits[i].1.segment_ord, hits[i].1.doc_id));
    let mut found = vec![false; hits.len()];
    let mut current: Option<(SegmentOrdinal, Box<dyn Scorer>)> = None;
    for i in order {
        let address = hits[i].1;
        let scorer = match &mut current {
            Some((segment, scorer)) if *segment == address.segment_ord => scorer,
            _ => {
                let reader = searcher.segment_reader(address.segment_ord);
                let scorer = weight.scorer(reader, 1.0)?;
                &mut current.insert((address.segment_ord, scorer)).1
            }
        };
        found[i] = holds(scorer.as_mut(), address.doc_id);
    }
    Ok(found)
}
