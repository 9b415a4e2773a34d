//! Lazy pagination: the items of every page of a list operation as one [`Stream`].
//!
//! The xtask gives every operation the spec marks `x-pagination` a `stream()` method on its
//! builder (and `stream_by(page_size)` where the page size is the caller's to choose). The
//! stream sends the builder as the caller set it up (filters included), with the page
//! parameter set to the first page, yields that page's items, and asks for the next page only
//! when the caller has taken them all, so it holds about one page in memory. It ends after a
//! page shorter than the page size (an empty one included). Where the answer says itself
//! whether another page follows (`x-pagination` `has-next`, CrystalPay's `has_next_page`),
//! that decides instead: `false` ends the stream after the page, `true` asks for the next one
//! even after a short page (the server may cap the page size); an empty page always ends it,
//! and an answer without the flag falls back to the short-page rule. When the server answers a page
//! with the same items as the page before it (it ignores the paging parameter, or the last
//! page repeats), the stream ends with [`Error::RepeatedPage`] instead of looping forever.
//!
//! ```
//! use payspec::paginate::{Pages, Paging};
//!
//! # tokio_test_block_on(async {
//! let paging = Paging { provider: "demo", operation: "list", first: 1, offset: false, page_size: 2 };
//! // A provider crate passes the builder's call here; this one serves three items.
//! let mut items = Pages::new(paging, |page| {
//!     Box::pin(async move { Ok(if page == 1 { vec![10, 11] } else { vec![12] }) })
//! });
//! let mut seen = Vec::new();
//! while let Some(item) = items.next_item().await {
//!     seen.push(item?);
//! }
//! assert_eq!(seen, [10, 11, 12]);
//! # Ok::<(), payspec::Error>(())
//! # }).unwrap();
//! # fn tokio_test_block_on<F: std::future::Future>(f: F) -> F::Output {
//! #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
//! # }
//! ```

use std::collections::hash_map::DefaultHasher;
use std::fmt;
use std::future::Future;
use std::hash::Hasher;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde::Serialize;

use crate::Error;

/// A page being fetched: its items.
type PageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<Vec<T>, Error>> + Send + 'a>>;
/// A page being fetched: its items and its next-page flag.
type FlaggedPageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send + 'a>>;
/// Fetches the page whose paging parameter is the argument.
type Fetch<'a, T> = Box<dyn FnMut(i64) -> FlaggedPageFuture<'a, T> + Send + 'a>;

/// One page as the server answered it: its items and, where the answer carries one, its own
/// word on whether another page follows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page<T> {
    /// The page's items, in order.
    pub items: Vec<T>,
    /// The answer's next-page flag (`x-pagination` `has-next`); `None` where the answer has
    /// none, and then a short page ends the stream.
    pub has_next: Option<bool>,
}

impl<T> From<Vec<T>> for Page<T> {
    fn from(items: Vec<T>) -> Self {
        Page {
            items,
            has_next: None,
        }
    }
}

/// A next-page flag as an answer holds it (a `bool`, a lenient [`Flag`](crate::Flag), or an
/// optional one).
pub trait NextFlag {
    /// Whether another page follows, if the answer says.
    fn next_flag(&self) -> Option<bool>;
}

impl NextFlag for bool {
    fn next_flag(&self) -> Option<bool> {
        Some(*self)
    }
}

impl NextFlag for crate::Flag {
    fn next_flag(&self) -> Option<bool> {
        Some(self.0)
    }
}

impl<F: NextFlag> NextFlag for Option<F> {
    fn next_flag(&self) -> Option<bool> {
        self.as_ref().and_then(NextFlag::next_flag)
    }
}

/// How an operation pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The provider, for errors.
    pub provider: &'static str,
    /// The operation id, for errors.
    pub operation: &'static str,
    /// The paging parameter of the first page (page 0 or 1, offset 0).
    pub first: i64,
    /// Whether the paging parameter is an item offset (`from`) rather than a page number.
    pub offset: bool,
    /// The number of items a full page has.
    pub page_size: i64,
}

/// The items of a list answer, whatever holds them.
pub trait Items {
    /// One item.
    type Item;
    /// The items, in order.
    fn into_items(self) -> Vec<Self::Item>;
    /// The items with the answer's next-page flag, where it has one (the xtask generates this
    /// for an answer named by `x-pagination` `has-next`); by default, none.
    fn into_page(self) -> Page<Self::Item>
    where
        Self: Sized,
    {
        Page::from(self.into_items())
    }
}

impl<T> Items for Vec<T> {
    type Item = T;
    fn into_items(self) -> Vec<T> {
        self
    }
}

impl<T> Items for crate::LenientList<T> {
    type Item = T;
    fn into_items(self) -> Vec<T> {
        self.0
    }
}

impl<T> Items for crate::LenientMap<T> {
    type Item = T;
    fn into_items(self) -> Vec<T> {
        self.0.into_values().collect()
    }
}

impl<I: Items> Items for Option<I> {
    type Item = I::Item;
    fn into_items(self) -> Vec<I::Item> {
        self.map(Items::into_items).unwrap_or_default()
    }
}

/// The items of every page of a list operation, fetched lazily (see the [module](self) docs).
///
/// It is a [`Stream`] (use `futures::StreamExt::next` or `TryStreamExt`), and
/// [`Pages::next_item`] does the same without a futures crate.
#[must_use = "a stream does nothing until it is polled"]
pub struct Pages<'a, T> {
    paging: Paging,
    fetch: Fetch<'a, T>,
    /// The paging parameter of the next page to fetch.
    next: i64,
    pending: Option<FlaggedPageFuture<'a, T>>,
    buffer: std::vec::IntoIter<T>,
    /// A fingerprint of the last page, to notice a page served twice.
    last: Option<u64>,
    done: bool,
}

// Nothing in `Pages` is ever pinned in place (the page future is boxed), whatever `T` is.
impl<T> Unpin for Pages<'_, T> {}

impl<T> fmt::Debug for Pages<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("paging", &self.paging)
            .field("next", &self.next)
            .field("buffered", &self.buffer.len())
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<'a, T: Serialize + Send + 'a> Pages<'a, T> {
    /// A stream that calls `fetch` with the paging parameter of each page in turn.
    pub fn new<F>(paging: Paging, mut fetch: F) -> Self
    where
        F: FnMut(i64) -> PageFuture<'a, T> + Send + 'a,
    {
        Self::flagged(paging, move |n| {
            let page = fetch(n);
            Box::pin(async move { page.await.map(Page::from) })
        })
    }

    /// Like [`Pages::new`], for answers that say whether another page follows: `fetch` gives
    /// each page's [`Page`], whose `has_next` (where present) decides whether to go on.
    pub fn flagged<F>(paging: Paging, mut fetch: F) -> Self
    where
        F: FnMut(i64) -> FlaggedPageFuture<'a, T> + Send + 'a,
    {
        Pages {
            paging,
            fetch: Box::new(move |n| fetch(n)),
            next: paging.first,
            pending: None,
            buffer: Vec::new().into_iter(),
            last: None,
            done: false,
        }
    }

    /// The next item, or `None` after the last one (or after an error).
    pub async fn next_item(&mut self) -> Option<Result<T, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Reads every item into memory. Prefer iterating for long lists.
    pub async fn collect_all(mut self) -> Result<Vec<T>, Error> {
        let mut all = Vec::new();
        while let Some(item) = self.next_item().await {
            all.push(item?);
        }
        Ok(all)
    }

    /// Takes a fetched page: checks it against the previous one and decides what comes next.
    fn accept(&mut self, page: Page<T>) -> Result<(), Error> {
        let Page {
            items: page,
            has_next,
        } = page;
        let size = usize::try_from(self.paging.page_size).unwrap_or(usize::MAX);
        let more = match has_next {
            _ if page.is_empty() => false,
            Some(more) => more,
            None => page.len() >= size,
        };
        if !more {
            self.done = true;
        }
        if !page.is_empty() {
            let print = fingerprint(&page);
            if self.last == Some(print) {
                self.done = true;
                let page = self.next;
                return Err(Error::RepeatedPage {
                    provider: self.paging.provider,
                    operation: self.paging.operation,
                    page,
                });
            }
            self.last = Some(print);
        }
        let step = if self.paging.offset {
            self.paging.page_size
        } else {
            1
        };
        match self.next.checked_add(step) {
            Some(next) => self.next = next,
            None => self.done = true,
        }
        self.buffer = page.into_iter();
        Ok(())
    }
}

impl<'a, T: Serialize + Send + 'a> Stream for Pages<'a, T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            if this.done {
                return Poll::Ready(None);
            }
            let next = this.next;
            let pending = this.pending.get_or_insert_with(|| (this.fetch)(next));
            let page = match pending.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(page) => page,
            };
            this.pending = None;
            match page {
                Ok(page) => {
                    if let Err(e) = this.accept(page) {
                        return Poll::Ready(Some(Err(e)));
                    }
                }
                Err(e) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(e)));
                }
            }
        }
    }
}

/// A hash of a page's items as JSON, written straight into the hasher (nothing is buffered).
fn fingerprint<T: Serialize>(page: &[T]) -> u64 {
    struct HashWriter(DefaultHasher);
    impl std::io::Write for HashWriter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.write(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut writer = HashWriter(DefaultHasher::new());
    // Serializing the generated types cannot fail; a page that did would count as unique.
    let _ = serde_json::to_writer(&mut writer, page);
    writer.0.finish()
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    fn paging(first: i64, offset: bool, page_size: i64) -> Paging {
        Paging {
            provider: "test",
            operation: "list",
            first,
            offset,
            page_size,
        }
    }

    /// A stream over `pages` (served by paging parameter), recording what was asked for.
    fn serve(
        paging: Paging,
        pages: Vec<(i64, Result<Vec<u32>, ()>)>,
    ) -> (Pages<'static, u32>, Arc<Mutex<Vec<i64>>>) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = asked.clone();
        let stream = Pages::new(paging, move |n| {
            log.lock().unwrap().push(n);
            let page = pages.iter().find(|(at, _)| *at == n).map(|(_, p)| p.clone());
            Box::pin(async move {
                match page {
                    Some(Ok(items)) => Ok(items),
                    Some(Err(())) => Err(Error::InvalidRequest {
                        provider: "test",
                        operation: "list",
                        message: "boom".into(),
                    }),
                    None => Ok(Vec::new()),
                }
            })
        });
        (stream, asked)
    }

    fn run<T>(f: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn stops_after_a_short_page_without_asking_for_more() {
        let (s, asked) = serve(paging(1, false, 2), vec![(1, Ok(vec![1, 2])), (2, Ok(vec![3]))]);
        assert_eq!(run(s.collect_all()).unwrap(), [1, 2, 3]);
        assert_eq!(*asked.lock().unwrap(), [1, 2]);
    }

    #[test]
    fn stops_on_an_empty_page() {
        let (s, asked) = serve(
            paging(0, false, 2),
            vec![(0, Ok(vec![1, 2])), (1, Ok(vec![3, 4]))],
        );
        assert_eq!(run(s.collect_all()).unwrap(), [1, 2, 3, 4]);
        assert_eq!(*asked.lock().unwrap(), [0, 1, 2]);
    }

    #[test]
    fn offsets_step_by_the_page_size() {
        let (s, asked) = serve(paging(0, true, 2), vec![(0, Ok(vec![1, 2])), (2, Ok(vec![3]))]);
        assert_eq!(run(s.collect_all()).unwrap(), [1, 2, 3]);
        assert_eq!(*asked.lock().unwrap(), [0, 2]);
    }

    #[test]
    fn a_repeated_page_is_an_error_not_a_loop() {
        let (mut s, asked) = serve(
            paging(1, false, 2),
            vec![(1, Ok(vec![1, 2])), (2, Ok(vec![1, 2])), (3, Ok(vec![1, 2]))],
        );
        let items: Vec<_> = run(async {
            let mut out = Vec::new();
            while let Some(item) = s.next_item().await {
                out.push(item.map_err(|e| e.to_string()));
            }
            out
        });
        assert_eq!(items.len(), 3);
        assert_eq!(items[..2], [Ok(1), Ok(2)]);
        assert_eq!(
            items[2].as_ref().unwrap_err(),
            "test list: page 2 repeats the page before it: the server ignores the paging \
             parameter; stopped instead of asking for the same page again"
        );
        assert_eq!(*asked.lock().unwrap(), [1, 2]);
    }

    #[test]
    fn an_error_ends_the_stream() {
        let (mut s, asked) = serve(paging(1, false, 2), vec![(1, Ok(vec![1, 2])), (2, Err(()))]);
        run(async {
            assert_eq!(s.next_item().await.unwrap().unwrap(), 1);
            assert_eq!(s.next_item().await.unwrap().unwrap(), 2);
            assert!(matches!(
                s.next_item().await,
                Some(Err(Error::InvalidRequest { .. }))
            ));
            assert!(s.next_item().await.is_none());
        });
        assert_eq!(*asked.lock().unwrap(), [1, 2]);
    }

    #[test]
    fn nothing_is_fetched_until_polled_and_one_page_at_a_time() {
        let (mut s, asked) = serve(
            paging(1, false, 2),
            vec![(1, Ok(vec![1, 2])), (2, Ok(vec![3, 4]))],
        );
        assert!(asked.lock().unwrap().is_empty());
        run(async {
            s.next_item().await;
            assert_eq!(*asked.lock().unwrap(), [1]);
            s.next_item().await;
            assert_eq!(
                *asked.lock().unwrap(),
                [1],
                "the second item comes from the buffer"
            );
            s.next_item().await;
            assert_eq!(*asked.lock().unwrap(), [1, 2]);
        });
    }

    /// A stream over flagged `pages` (served by paging parameter), recording what was asked for.
    fn serve_flagged(
        paging: Paging,
        pages: Vec<(i64, Vec<u32>, Option<bool>)>,
    ) -> (Pages<'static, u32>, Arc<Mutex<Vec<i64>>>) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = asked.clone();
        let stream = Pages::flagged(paging, move |n| {
            log.lock().unwrap().push(n);
            let page = pages.iter().find(|(at, _, _)| *at == n).map_or(
                Page::from(Vec::new()),
                |(_, items, has_next)| Page {
                    items: items.clone(),
                    has_next: *has_next,
                },
            );
            Box::pin(async move { Ok(page) })
        });
        (stream, asked)
    }

    #[test]
    fn a_next_page_flag_decides_where_the_answer_has_one() {
        // `false` ends the stream after a full page, without asking for the next one.
        let (s, asked) = serve_flagged(
            paging(1, false, 2),
            vec![
                (1, vec![1, 2], Some(true)),
                (2, vec![3, 4], Some(false)),
                (3, vec![5], None),
            ],
        );
        assert_eq!(run(s.collect_all()).unwrap(), [1, 2, 3, 4]);
        assert_eq!(*asked.lock().unwrap(), [1, 2]);
        // `true` goes on after a short page (a server that caps the page size).
        let (s, asked) = serve_flagged(
            paging(1, false, 3),
            vec![(1, vec![1, 2], Some(true)), (2, vec![3], Some(false))],
        );
        assert_eq!(run(s.collect_all()).unwrap(), [1, 2, 3]);
        assert_eq!(*asked.lock().unwrap(), [1, 2]);
        // Without the flag, a short page still ends it.
        let (s, asked) = serve_flagged(
            paging(1, false, 2),
            vec![
                (1, vec![1, 2], None),
                (2, vec![3], None),
                (3, vec![4], Some(true)),
            ],
        );
        assert_eq!(run(s.collect_all()).unwrap(), [1, 2, 3]);
        assert_eq!(*asked.lock().unwrap(), [1, 2]);
        // An empty page ends it whatever the flag says.
        let (s, asked) = serve_flagged(
            paging(1, false, 2),
            vec![
                (1, vec![1, 2], Some(true)),
                (2, vec![], Some(true)),
                (3, vec![3], None),
            ],
        );
        assert_eq!(run(s.collect_all()).unwrap(), [1, 2]);
        assert_eq!(*asked.lock().unwrap(), [1, 2]);
    }

    #[test]
    fn next_flags_of_every_shape() {
        assert_eq!(true.next_flag(), Some(true));
        assert_eq!(crate::Flag(false).next_flag(), Some(false));
        assert_eq!(Some(crate::Flag(true)).next_flag(), Some(true));
        assert_eq!(None::<bool>.next_flag(), None);
        assert_eq!(
            vec![1, 2].into_page(),
            Page {
                items: vec![1, 2],
                has_next: None
            }
        );
    }

    #[test]
    fn items_of_every_container() {
        assert_eq!(vec![1].into_items(), [1]);
        assert_eq!(crate::LenientList(vec![2]).into_items(), [2]);
        assert_eq!(Some(crate::LenientList(vec![3])).into_items(), [3]);
        assert_eq!(None::<Vec<u8>>.into_items(), Vec::<u8>::new());
        let map = crate::LenientMap([("b".to_owned(), 5), ("a".to_owned(), 4)].into());
        assert_eq!(map.into_items(), [4, 5]);
    }
}
