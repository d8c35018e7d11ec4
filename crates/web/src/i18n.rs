//! The page's two languages: every piece of UI text in Korean and English,
//! as one [`Strings`] table per language (a missing translation is a
//! compile error, not a blank button). Gallery explanations carry their own
//! two texts in `gallery`.

/// A UI language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// 한국어.
    Ko,
    /// English.
    En,
}

impl Lang {
    /// The language a browser asks for (`navigator.language`): Korean for
    /// any `ko*` tag, English otherwise.
    pub fn from_tag(tag: &str) -> Self {
        if tag.to_ascii_lowercase().starts_with("ko") {
            Lang::Ko
        } else {
            Lang::En
        }
    }

    /// The BCP 47 tag for `<html lang>` and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    /// The other language (what the toggle switches to).
    pub fn other(self) -> Self {
        match self {
            Lang::Ko => Lang::En,
            Lang::En => Lang::Ko,
        }
    }

    /// This language's UI text.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Ko => &KO,
            Lang::En => &EN,
        }
    }
}

/// Every UI text of the page in one language.
///
/// The accessible names `Run`, `Stop`, `Code`, `Output`, `Timeline` and
/// `Examples` stay English in both languages: they are the page's contract
/// with screen-reader scripts and tests; the visible text is translated.
pub struct Strings {
    /// Under the brand.
    pub tagline: &'static str,
    /// Visible label of the Run button.
    pub run: &'static str,
    /// Visible label of the Stop button.
    pub stop: &'static str,
    /// Tooltip of Run.
    pub run_hint: &'static str,
    /// The language toggle's text (names the language it switches to).
    pub switch_lang: &'static str,
    /// Theme toggle, when it would switch to dark.
    pub to_dark: &'static str,
    /// Theme toggle, when it would switch to light.
    pub to_light: &'static str,
    /// Editor pane title.
    pub code_title: &'static str,
    /// Output pane title.
    pub output_title: &'static str,
    /// Output before the first run.
    pub output_empty: &'static str,
    /// Output of a run that printed nothing.
    pub output_nothing: &'static str,
    /// After the count of earlier output lines not drawn.
    pub lines_hidden: &'static str,
    /// Progress while running.
    pub running: &'static str,
    /// Instructions counter label.
    pub instructions: &'static str,
    /// After a finished run.
    pub finished: &'static str,
    /// After Stop.
    pub stopped: &'static str,
    /// Exit status label.
    pub exit_status: &'static str,
    /// Stream marker for stderr lines (read by screen readers too).
    pub stderr_tag: &'static str,
    /// Tooltip of a traceback line that jumps to the source.
    pub jump_to_line: &'static str,
    /// Options panel title.
    pub options_title: &'static str,
    /// CPU cost label.
    pub cpu_cost: &'static str,
    /// CPU cost explanation.
    pub cpu_cost_note: &'static str,
    /// Sets the CPU cost to 0.
    pub ideal_clock: &'static str,
    /// Sets the CPU cost to the engine's CPython-like default.
    pub realistic_clock: &'static str,
    /// Seed label.
    pub seed: &'static str,
    /// Stdin label.
    pub stdin: &'static str,
    /// Stdin explanation.
    pub stdin_note: &'static str,
    /// Typing delay label.
    pub typing_delay: &'static str,
    /// What the typing delay does.
    pub typing_delay_note: &'static str,
    /// Gallery title.
    pub examples_title: &'static str,
    /// Gallery group: the seed texts.
    pub group_seeds: &'static str,
    /// Gallery group: concepts.
    pub group_concepts: &'static str,
    /// Gallery group: common mistakes.
    pub group_mistakes: &'static str,
    /// The earned badge.
    pub badge: &'static str,
    /// The badge's tooltip.
    pub badge_hint: &'static str,
    /// A card's open button.
    pub open_example: &'static str,
    /// Notice after an example replaced the user's script.
    pub replaced_notice: &'static str,
    /// Button that brings the user's script back.
    pub restore: &'static str,
}

const EN: Strings = Strings {
    tagline: "Watch Python's asyncio run, step by step, on a virtual clock.",
    run: "Run",
    stop: "Stop",
    run_hint: "Run (Ctrl+Enter)",
    switch_lang: "한국어",
    to_dark: "Dark",
    to_light: "Light",
    code_title: "Code",
    output_title: "Output",
    output_empty: "Press Run (Ctrl+Enter) to see what the script prints.",
    output_nothing: "The script printed nothing.",
    lines_hidden: "earlier lines not shown",
    running: "Running…",
    instructions: "instructions",
    finished: "Finished",
    stopped: "Stopped",
    exit_status: "exit status",
    stderr_tag: "stderr",
    jump_to_line: "Show this line in the editor",
    options_title: "Options",
    cpu_cost: "CPU cost per instruction (ns)",
    cpu_cost_note: "0 is the ideal clock: code runs in no time and only sleeps move the clock (as the conformance tests and the gallery's badges run). A few ns per instruction is about CPython's speed.",
    ideal_clock: "Ideal clock",
    realistic_clock: "Like CPython",
    seed: "Random seed",
    stdin: "Standard input",
    stdin_note: "What input() reads, one line per call.",
    typing_delay: "Input typing delay (ms)",
    typing_delay_note: "Virtual time input() waits, as if someone typed the line (0: it is there at once).",
    examples_title: "Examples",
    group_seeds: "From the tutorial texts",
    group_concepts: "Concepts",
    group_mistakes: "Common mistakes",
    badge: "matches CPython 3.11",
    badge_hint: "A test runs this example on the ideal clock (CPU cost 0) and compares its output with CPython 3.11's, line for line.",
    open_example: "Open",
    replaced_notice: "Your script was replaced by the example.",
    restore: "Bring my script back",
};

const KO: Strings = Strings {
    tagline: "파이썬 asyncio가 가상 시계 위에서 한 단계씩 실행되는 모습을 봅니다.",
    run: "실행",
    stop: "중지",
    run_hint: "실행 (Ctrl+Enter)",
    switch_lang: "English",
    to_dark: "어둡게",
    to_light: "밝게",
    code_title: "코드",
    output_title: "출력",
    output_empty: "실행(Ctrl+Enter)을 누르면 스크립트의 출력이 여기에 나옵니다.",
    output_nothing: "스크립트가 아무것도 출력하지 않았습니다.",
    lines_hidden: "줄은 앞부분이라 표시하지 않았습니다",
    running: "실행 중…",
    instructions: "명령어",
    finished: "끝남",
    stopped: "중지됨",
    exit_status: "종료 코드",
    stderr_tag: "stderr",
    jump_to_line: "편집기에서 이 줄 보기",
    options_title: "옵션",
    cpu_cost: "명령어당 CPU 비용 (ns)",
    cpu_cost_note: "0은 이상적인 시계입니다: 코드는 시간이 들지 않고 sleep만 시계를 움직입니다 (적합성 테스트와 갤러리 배지의 조건). 명령어당 몇 ns면 CPython의 속도쯤입니다.",
    ideal_clock: "이상적인 시계",
    realistic_clock: "CPython처럼",
    seed: "난수 시드",
    stdin: "표준 입력",
    stdin_note: "input()이 한 번에 한 줄씩 읽는 내용입니다.",
    typing_delay: "입력 타이핑 지연 (ms)",
    typing_delay_note: "누군가 줄을 입력하는 것처럼 input()이 기다리는 가상 시간입니다 (0: 바로 읽음).",
    examples_title: "예제",
    group_seeds: "튜토리얼 글의 예제",
    group_concepts: "개념",
    group_mistakes: "흔한 실수",
    badge: "CPython 3.11과 일치",
    badge_hint: "테스트가 이 예제를 이상적인 시계(CPU 비용 0)에서 실행해 CPython 3.11의 출력과 한 줄씩 비교합니다.",
    open_example: "열기",
    replaced_notice: "예제가 작성 중이던 스크립트를 대신했습니다.",
    restore: "내 스크립트 되돌리기",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_the_language() {
        assert_eq!(Lang::from_tag("ko-KR"), Lang::Ko);
        assert_eq!(Lang::from_tag("KO"), Lang::Ko);
        assert_eq!(Lang::from_tag("en-US"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
        assert_eq!(Lang::Ko.other(), Lang::En);
    }
}
