//! The bytecode disassembler (`montybox --dis`): one listing per code object, with source lines,
//! jump targets, exception-table entries and resolved operands.

use std::fmt::Write;

use crate::bytecode::{Code, Const, Instr, Program};

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::NotImplemented => "NotImplemented".into(),
        Const::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Const::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Builtin(b) => format!("<builtin {}>", b.name()),
        Const::Type(t) => format!("<class '{}'>", t.name()),
    }
}

fn operand_note(program: &Program, code: &Code, instr: &Instr) -> String {
    let local = |i: u32| {
        code.varnames
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    let name = |i: u32| {
        program
            .names
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    match *instr {
        Instr::LoadConst(i) => program
            .consts
            .get(i as usize)
            .map(const_repr)
            .unwrap_or_default(),
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) | Instr::MakeCell(i) => {
            local(i)
        }
        Instr::LoadFastIntBinary(i, ..) | Instr::LoadFastIntCompare(i, ..) => local(i),
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i) => local(i),
        Instr::LoadGlobal(i) | Instr::StoreGlobal(i) | Instr::DeleteGlobal(i) => program
            .globals
            .get(i as usize)
            .map(|g| g.name.clone())
            .unwrap_or_default(),
        Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i)
        | Instr::StoreAnnotation(i) => name(i),
        Instr::LoadClassDeref(n, _) => name(n),
        Instr::CallKw(_, k) | Instr::CallMethodKw(_, k) => program
            .consts
            .get(k as usize)
            .map(const_repr)
            .unwrap_or_default(),
        Instr::MakeFunction(c, _) | Instr::BuildClass(c) => program
            .codes
            .get(c as usize)
            .map(|c| format!("<code {}>", c.qualname))
            .unwrap_or_default(),
        ref i if i.target().is_some() => format!("to {}", i.target().unwrap_or(0)),
        _ => String::new(),
    }
}

/// Disassembles one code object.
pub fn disassemble_code(program: &Program, index: usize, out: &mut String) {
    let Some(code) = program.codes.get(index) else {
        return;
    };
    let _ = writeln!(
        out,
        "Disassembly of <code {}> ({:?}):",
        code.qualname, code.kind
    );
    let mut last_line = 0;
    for (i, instr) in code.instrs.iter().enumerate() {
        let loc = code.locs.get(i).copied().unwrap_or_default();
        let line = if loc.line != last_line {
            last_line = loc.line;
            format!("{:>4}", loc.line)
        } else {
            "    ".to_string()
        };
        let is_target = code.instrs.iter().any(|x| x.target() == Some(i as u32))
            || code.exc_table.iter().any(|e| e.handler == i as u32);
        let marker = if is_target { ">>" } else { "  " };
        let mut text = format!("{instr:?}");
        let note = operand_note(program, code, instr);
        if !note.is_empty() {
            text = format!("{text:<28} ({note})");
        }
        let _ = writeln!(out, "{line} {marker} {i:>4} {text}");
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.handler, e.depth
            );
        }
    }
}

/// Disassembles every code object of a program, the module first.
pub fn disassemble(program: &Program) -> String {
    let mut out = String::new();
    for i in 0..program.codes.len() {
        if i > 0 {
            out.push('\n');
        }
        disassemble_code(program, i, &mut out);
    }
    out
}
