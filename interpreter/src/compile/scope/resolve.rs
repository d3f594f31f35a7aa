//! The second half of scope analysis: once every scope's bindings and uses are known,
//! deciding each scope's slots, cells and free variables.

use alloc::string::String;

use super::{Analyzer, ScopeKind, add};
use crate::syntax_error::SyntaxError;

impl Analyzer {
    /// Decides slots, cells and free variables, innermost scopes last (parents first).
    pub(super) fn resolve(&mut self) -> Result<(), SyntaxError> {
        // Locals of every function scope.
        for scope in &mut self.scopes {
            if matches!(scope.kind, ScopeKind::Module | ScopeKind::Class) {
                continue;
            }
            let mut slots = scope.params.clone();
            for name in &scope.bound {
                if !scope.globals.contains(name) && !scope.nonlocals.contains(name) {
                    add(&mut slots, name);
                }
            }
            scope.slots = slots;
        }
        // Free variables: a name used but not local in a function scope, bound as a local of
        // an enclosing function scope (or declared nonlocal).
        for i in 0..self.scopes.len() {
            if self.scopes[i].kind == ScopeKind::Module {
                continue;
            }
            // A method that names `super` or `__class__` reads the class being defined
            // from the `__class__` cell of the nearest enclosing class body.
            let mut used = self.scopes[i].used.clone();
            if self.scopes[i].kind != ScopeKind::Class
                && used.iter().any(|n| n == "super")
                && !used.iter().any(|n| n == "__class__")
            {
                used.push(String::from("__class__"));
            }
            for name in &used {
                let scope = &self.scopes[i];
                if scope.slots.contains(name) || scope.globals.contains(name) {
                    continue;
                }
                let explicit = scope.nonlocals.contains(name);
                if scope.kind == ScopeKind::Class && scope.bound.contains(name) && !explicit {
                    continue;
                }
                // Find the nearest enclosing function scope that binds it.
                let mut owner = None;
                let mut p = scope.parent;
                while let Some(pi) = p {
                    let ps = &self.scopes[pi];
                    if ps.kind == ScopeKind::Module {
                        break;
                    }
                    if ps.kind == ScopeKind::Class {
                        // A class body's names are invisible to the functions inside it,
                        // except the implicit `__class__` cell.
                        if name == "__class__" {
                            owner = Some(pi);
                            break;
                        }
                        p = ps.parent;
                        continue;
                    }
                    if ps.globals.contains(name) {
                        break;
                    }
                    if ps.slots.contains(name) {
                        owner = Some(pi);
                        break;
                    }
                    p = ps.parent;
                }
                match owner {
                    Some(owner) => {
                        if self.scopes[owner].kind == ScopeKind::Class {
                            add(&mut self.scopes[owner].slots, name);
                        }
                        add(&mut self.scopes[owner].cells, name);
                        // Every scope from i up to (not including) owner gets it as free.
                        let mut s = i;
                        while s != owner {
                            add(&mut self.scopes[s].frees, name);
                            match self.scopes[s].parent {
                                Some(p) => s = p,
                                None => break,
                            }
                        }
                    }
                    None if explicit => {
                        let at = scope.nonlocals.iter().position(|n| n == name);
                        let span = at.and_then(|i| scope.nonlocal_spans.get(i).copied());
                        return Err(SyntaxError::new(
                            alloc::format!("no binding for nonlocal '{name}' found"),
                            span.unwrap_or_default(),
                        ));
                    }
                    None => {}
                }
            }
        }
        Ok(())
    }
}
