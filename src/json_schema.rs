//! The parts of hand-written JSON Schemas (feature `schema`): string and number schemas
//! with the rules their readers check, and the macros that implement `JsonSchema` for the
//! types that do not derive it. A foundation module, so that every stage can use it while
//! [`crate::schema`] lists the stages' documents.

use schemars::{Schema, json_schema};

/// A string schema with the pattern its reader checks.
pub(crate) fn text(pattern: &str, description: &str) -> Schema {
    json_schema!({
        "type": "string",
        "pattern": pattern,
        "description": description,
    })
}

/// A whole-number schema from `minimum` to `maximum` inclusive.
pub(crate) fn whole(minimum: i64, maximum: i64, description: &str) -> Schema {
    json_schema!({
        "type": "integer",
        "minimum": minimum,
        "maximum": maximum,
        "description": description,
    })
}

/// Writes `JsonSchema` for `$name`, named after the type, its schema made by `$schema`
/// from the generator bound to `$generator`.
macro_rules! named_schema {
    ($name:ty, $generator:ident => $schema:expr) => {
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }

            fn json_schema($generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $schema
            }
        }
    };
}
pub(crate) use named_schema;

/// Writes `JsonSchema` for a type whose wire form is one fixed schema.
macro_rules! fixed_schema {
    ($name:ty, $schema:expr) => {
        crate::json_schema::named_schema!($name, _generator => $schema);
    };
}
pub(crate) use fixed_schema;

/// Writes `JsonSchema` for a type read through a private wire form: the wire form's schema
/// under the type's name.
macro_rules! schema_as {
    ($name:ty, $wire:ty) => {
        crate::json_schema::named_schema!(
            $name,
            generator => <$wire as schemars::JsonSchema>::json_schema(generator)
        );
    };
}
pub(crate) use schema_as;
