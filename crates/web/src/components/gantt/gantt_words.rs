//! The chart's words in the page's two languages (see `crate::i18n`). As
//! there, accessible names stay English in both (`Step order`, `Zoom in`,
//! ...: the contract with screen-reader scripts and tests); what is shown is
//! translated. Tooltip details come from `coroscope_trace::layout` and are
//! English for now.

use crate::i18n::Lang;
use coroscope_trace::layout::Look;

/// Every visible text of the chart in one language.
pub struct GanttWords {
    /// The pane's title.
    pub title: &'static str,
    /// The virtual-time axis button.
    pub virtual_time: &'static str,
    /// The step-order axis button.
    pub step_order: &'static str,
    /// Hints of the zoom buttons.
    pub zoom_in: &'static str,
    /// See `zoom_in`.
    pub zoom_out: &'static str,
    /// The fit button's text.
    pub fit: &'static str,
    /// Its hint.
    pub fit_hint: &'static str,
    /// The axis unit over the lane names: time, then step order.
    pub units: [&'static str; 2],
    /// The legend: running, ready, waiting, blocked, done, failed,
    /// cancelled (the order of `Look::ALL`), then print.
    pub looks: [&'static str; 8],
    /// Before the first run.
    pub empty: &'static str,
}

const EN: GanttWords = GanttWords {
    title: "Timeline",
    virtual_time: "Virtual time",
    step_order: "Step order",
    zoom_in: "Zoom in (+)",
    zoom_out: "Zoom out (−)",
    fit: "Fit",
    fit_hint: "Fit to width (0)",
    units: ["time", "step"],
    looks: ["running", "ready", "waiting", "blocked", "done", "failed", "cancelled", "print"],
    empty: "Press Run: each task appears here as a lane over virtual time.",
};

const KO: GanttWords = GanttWords {
    title: "타임라인",
    virtual_time: "가상 시간",
    step_order: "실행 순서",
    zoom_in: "확대 (+)",
    zoom_out: "축소 (−)",
    fit: "맞춤",
    fit_hint: "너비에 맞추기 (0)",
    units: ["시간", "단계"],
    looks: ["실행 중", "준비", "대기", "차단", "완료", "실패", "취소", "출력"],
    empty: "실행을 누르면 태스크마다 가상 시간 위의 레인이 여기에 나타납니다.",
};

/// The chart's words in `lang`.
pub fn words(lang: Lang) -> &'static GanttWords {
    match lang {
        Lang::Ko => &KO,
        Lang::En => &EN,
    }
}

impl GanttWords {
    /// The legend's name of `look`.
    pub fn look(&self, look: Look) -> &'static str {
        let at = Look::ALL.iter().position(|&l| l == look).unwrap_or(0);
        self.looks[at]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_look_has_a_name_in_both_languages() {
        for lang in [Lang::En, Lang::Ko] {
            let words = words(lang);
            let names: std::collections::HashSet<_> = Look::ALL.iter().map(|&l| words.look(l)).collect();
            assert_eq!(names.len(), Look::ALL.len(), "{:?}", lang);
        }
        assert_eq!(words(Lang::En).look(Look::Waiting), "waiting");
        assert_eq!(words(Lang::Ko).look(Look::Failed), "실패");
    }
}
