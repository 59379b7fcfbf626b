//! The lexicon's maps use the rustc "Fx" hash: keys come from our own data files
//! and short words of the input, so SipHash's flood resistance buys nothing.

use std::collections::HashMap;

/// A `HashMap` with the Fx hash.
pub(crate) type FastMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;
