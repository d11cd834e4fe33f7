/// TeX's arrows; TeX treats them as relations.
enum Arrows {
    static let commands: [String: String] = [
        "leftarrow": "←", "gets": "←", "rightarrow": "→", "to": "→", "leftrightarrow": "↔",
        "Leftarrow": "⇐", "Rightarrow": "⇒", "Leftrightarrow": "⇔", "iff": "⟺", "implies": "⟹",
        "impliedby": "⟸", "longleftarrow": "⟵", "longrightarrow": "⟶", "longleftrightarrow": "⟷",
        "Longleftarrow": "⟸", "Longrightarrow": "⟹", "Longleftrightarrow": "⟺", "mapsto": "↦",
        "longmapsto": "⟼", "hookleftarrow": "↩", "hookrightarrow": "↪", "uparrow": "↑",
        "downarrow": "↓", "updownarrow": "↕", "Uparrow": "⇑", "Downarrow": "⇓", "Updownarrow": "⇕",
        "nearrow": "↗", "searrow": "↘", "swarrow": "↙", "nwarrow": "↖", "leftharpoonup": "↼",
        "leftharpoondown": "↽", "rightharpoonup": "⇀", "rightharpoondown": "⇁",
        "rightleftharpoons": "⇌", "leftrightharpoons": "⇋", "upharpoonleft": "↿",
        "upharpoonright": "↾", "restriction": "↾", "downharpoonleft": "⇃", "downharpoonright": "⇂",
        "leftleftarrows": "⇇", "rightrightarrows": "⇉", "leftrightarrows": "⇆",
        "rightleftarrows": "⇄", "Lleftarrow": "⇚", "Rrightarrow": "⇛", "twoheadleftarrow": "↞",
        "twoheadrightarrow": "↠", "leftarrowtail": "↢", "rightarrowtail": "↣", "looparrowleft": "↫",
        "looparrowright": "↬", "curvearrowleft": "↶", "curvearrowright": "↷",
        "circlearrowleft": "↺", "circlearrowright": "↻", "Lsh": "↰", "Rsh": "↱", "upuparrows": "⇈",
        "downdownarrows": "⇊", "multimap": "⊸", "rightsquigarrow": "⇝", "leadsto": "⇝",
        "leftrightsquigarrow": "↭", "nleftarrow": "↚", "nrightarrow": "↛", "nLeftarrow": "⇍",
        "nRightarrow": "⇏", "nleftrightarrow": "↮", "nLeftrightarrow": "⇎", "dashrightarrow": "⇢",
        "dashleftarrow": "⇠", "leftrightarrowtriangle": "⇿", "longleftrightarrows": "⟺",
    ]
}
